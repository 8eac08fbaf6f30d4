/**
 * create user table
 *
 * Revision ID: 433af9f41996
 * Revises: 
 * Create Date: 2021-11-20 19:17:01.434529
 */
import { op, sa } from "retort-migrate";

// revision identifiers, used by Retort.
export const revision = "433af9f41996";
export const downRevision: string | string[] | null = null;
export const branchLabels: string | string[] | null = null;
export const dependsOn: string | string[] | null = null;

export async function upgrade(): Promise<void> {
  await op.createTable(
    "account",
    sa.Column("id", sa.Integer, { primaryKey: true }),
    sa.Column("name", sa.String(50), { nullable: false }),
    sa.Column("description", sa.Unicode(200)),
  );
}

export async function downgrade(): Promise<void> {
  await op.dropTable("account");
}

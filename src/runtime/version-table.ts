import { qualifiedTableName } from "./side-tables.js";
import type { Connection, Dialect } from "../dialects/dialect.js";
import type { VersionAction } from "./head-maintainer.js";
import type { Sink } from "./sink.js";

/** The table that records which revisions are applied: Alembic's, with its column and constraint. */
export class VersionTable {
  constructor(
    private readonly dialect: Dialect,
    readonly name: string,
    readonly schema: string | null,
  ) {}

  private get qualified(): string {
    return qualifiedTableName(this.dialect, this.name, this.schema);
  }

  private get column(): string {
    return `${this.qualified}.version_num`;
  }

  /** Alembic writes the id as a raw quoted literal (`literal_column("'%s'" % version)`); ids hold no quotes. */
  private lit(value: string): string {
    return `'${value}'`;
  }

  /** SQLAlchemy's CREATE TABLE layout (tab-indented; the sink turns tabs into spaces). */
  async create(sink: Sink): Promise<void> {
    const pk = this.dialect.quoteIdentifier(`${this.name}_pkc`);
    await sink.emit(`\nCREATE TABLE ${this.qualified} (\n\tversion_num VARCHAR(32) NOT NULL, \n\tCONSTRAINT ${pk} PRIMARY KEY (version_num)\n)\n\n`);
  }

  async drop(sink: Sink): Promise<void> {
    await sink.emit(`\nDROP TABLE ${this.qualified}`);
  }

  async exists(conn: Connection): Promise<boolean> {
    return this.dialect.hasTable(conn, this.name, this.schema);
  }

  async currentHeads(conn: Connection): Promise<string[]> {
    const result = await conn.query(`SELECT ${this.column} FROM ${this.qualified}`);
    return result.rows.map((r) => String(r["version_num"]));
  }

  /** The statement that makes one move of the version table. */
  sqlOf(action: VersionAction): string {
    if (action.kind === "insert") return this.insertSql(action.version);
    return action.kind === "delete" ? this.deleteSql(action.version) : this.updateSql(action.from, action.to);
  }

  private insertSql(version: string): string {
    const returning = this.dialect.insertReturning ? ` RETURNING ${this.column}` : "";
    return `INSERT INTO ${this.qualified} (version_num) VALUES (${this.lit(version)})${returning}`;
  }

  private updateSql(from: string, to: string): string {
    return `UPDATE ${this.qualified} SET version_num=${this.lit(to)} WHERE ${this.column} = ${this.lit(from)}`;
  }

  private deleteSql(version: string): string {
    return `DELETE FROM ${this.qualified} WHERE ${this.column} = ${this.lit(version)}`;
  }

  async deleteAll(sink: Sink): Promise<void> {
    await sink.emit(`DELETE FROM ${this.qualified}`);
  }
}

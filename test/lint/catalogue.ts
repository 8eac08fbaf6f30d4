/*
 * A dangerous and a safe way to write each lint rule's case. Each body is the upgrade() of
 * revision 0002; revision 0001 (SETUP) made the tables, so they are existing tables when only
 * 0002 is linted. The bad body's op to report carries a `// <-` mark when the body has several lines.
 */
export interface RuleCase {
  readonly rule: string;
  readonly dialect: "postgresql" | "mysql" | "sqlite";
  readonly bad: string;
  readonly good: readonly string[];
}

export const SETUP = `
  await op.createTable("account", sa.Column("id", sa.BigInteger(), sa.Identity(), { primaryKey: true }), sa.Column("email", sa.String(50)), sa.Column("short", sa.String(20)), sa.Column("note", sa.Text()));
  await op.createTable("orders", sa.Column("id", sa.BigInteger(), sa.Identity(), { primaryKey: true }), sa.Column("account_id", sa.BigInteger()));
`;

const inBlock = (body: string): string => `await op.getContext().autocommitBlock(async () => {\n    ${body}\n  });`;
const NEW_TABLE = `await op.createTable("fresh", sa.Column("id", sa.BigInteger(), sa.Identity(), { primaryKey: true }), sa.Column("email", sa.String(50)), sa.Column("account_id", sa.BigInteger()));\n  `;

export const CASES: readonly RuleCase[] = [
  {
    rule: "require-concurrent-index-creation", dialect: "postgresql",
    bad: `await op.createIndex("ix_email", "account", ["email"]);`,
    good: [
      inBlock(`await op.createIndex("ix_email", "account", ["email"], { postgresqlConcurrently: true });`),
      `${NEW_TABLE}await op.createIndex("ix_email", "fresh", ["email"]);`,
    ],
  },
  {
    rule: "require-concurrent-index-creation", dialect: "postgresql",
    bad: `await op.execute("CREATE INDEX ix_email ON account (email)");`,
    good: [inBlock(`await op.execute("CREATE INDEX CONCURRENTLY ix_email ON account (email)");`)],
  },
  {
    rule: "ban-concurrent-index-creation-in-transaction", dialect: "postgresql",
    bad: `await op.createIndex("ix_email", "account", ["email"], { postgresqlConcurrently: true });`,
    good: [inBlock(`await op.createIndex("ix_email", "account", ["email"], { postgresqlConcurrently: true });`)],
  },
  {
    rule: "adding-foreign-key-constraint", dialect: "postgresql",
    bad: `await op.createForeignKey("fk_orders_account", "orders", "account", ["account_id"], ["id"]);`,
    good: [`await op.createForeignKey("fk_orders_account", "orders", "account", ["account_id"], ["id"], { postgresqlNotValid: true });`],
  },
  {
    rule: "constraint-missing-not-valid", dialect: "postgresql",
    bad: `await op.createCheckConstraint("ck_email", "account", "length(email) > 3");`,
    good: [`await op.createCheckConstraint("ck_email", "account", "length(email) > 3", { postgresqlNotValid: true });`],
  },
  {
    rule: "adding-not-nullable-field", dialect: "postgresql",
    bad: `await op.alterColumn("account", "email", { nullable: false });`,
    good: [
      `await op.createCheckConstraint("ck_email_nn", "account", "email IS NOT NULL", { postgresqlNotValid: true });`,
      `${NEW_TABLE}await op.alterColumn("fresh", "email", { nullable: false });`,
    ],
  },
  {
    rule: "changing-column-type", dialect: "postgresql",
    bad: `await op.alterColumn("account", "email", { type_: sa.Integer(), existingType: sa.String(50), postgresqlUsing: "0" });`,
    good: [
      `await op.alterColumn("account", "email", { type_: sa.String(100), existingType: sa.String(50) });`,
      `await op.alterColumn("account", "email", { type_: sa.Text(), existingType: sa.String(50) });`,
    ],
  },
  {
    rule: "changing-column-type", dialect: "postgresql",
    bad: `await op.alterColumn("account", "email", { type_: sa.String(20) });`,
    good: [`await op.alterColumn("account", "note", { type_: sa.String(), existingType: sa.Text() });`],
  },
  {
    rule: "adding-field-with-default", dialect: "postgresql",
    bad: `await op.addColumn("account", sa.Column("token", sa.String(40), { serverDefault: sa.text("gen_random_uuid()") }));`,
    good: [
      `await op.addColumn("account", sa.Column("kind", sa.String(10), { serverDefault: "basic" }));`,
      `await op.addColumn("account", sa.Column("seen", sa.DateTime({ timezone: true }), { serverDefault: sa.text("now()") }));`,
    ],
  },
  {
    rule: "adding-field-with-default", dialect: "postgresql",
    bad: `await op.addColumn("account", sa.Column("n", sa.BigInteger(), sa.Identity()));`,
    good: [`await op.addColumn("account", sa.Column("n", sa.BigInteger()));`],
  },
  {
    rule: "adding-required-field", dialect: "postgresql",
    bad: `await op.addColumn("account", sa.Column("n", sa.BigInteger(), { nullable: false }));`,
    good: [`await op.addColumn("account", sa.Column("n", sa.BigInteger(), { nullable: false, serverDefault: "0" }));`],
  },
  {
    rule: "disallowed-unique-constraint", dialect: "postgresql",
    bad: `await op.createUniqueConstraint("uq_email", "account", ["email"]);`,
    good: [inBlock(`await op.createIndex("uq_email", "account", ["email"], { unique: true, postgresqlConcurrently: true });`)],
  },
  {
    rule: "prefer-identity", dialect: "postgresql",
    bad: `await op.createTable("t", sa.Column("id", sa.BigInteger(), { primaryKey: true }));`,
    good: [`await op.createTable("t", sa.Column("id", sa.BigInteger(), sa.Identity(), { primaryKey: true }));`],
  },
  {
    rule: "prefer-bigint-over-int", dialect: "postgresql",
    bad: `await op.createTable("t", sa.Column("id", sa.Integer(), sa.Identity(), { primaryKey: true }));`,
    good: [`await op.createTable("t", sa.Column("id", sa.BigInteger(), sa.Identity(), { primaryKey: true }));`],
  },
  {
    rule: "prefer-jsonb", dialect: "postgresql",
    bad: `await op.addColumn("account", sa.Column("data", sa.JSON()));`,
    good: [`await op.addColumn("account", sa.Column("data", postgresql.JSONB()));`],
  },
  {
    rule: "prefer-timestamptz", dialect: "postgresql",
    bad: `await op.addColumn("account", sa.Column("seen", sa.DateTime()));`,
    good: [`await op.addColumn("account", sa.Column("seen", sa.DateTime({ timezone: true })));`],
  },
  {
    rule: "ban-drop-column", dialect: "postgresql",
    bad: `await op.dropColumn("account", "note");`,
    good: [`${NEW_TABLE}await op.dropColumn("fresh", "email");`],
  },
  {
    rule: "ban-drop-table", dialect: "postgresql",
    bad: `await op.dropTable("orders");`,
    good: [`${NEW_TABLE}await op.dropTable("fresh");`],
  },
  {
    rule: "renaming-column", dialect: "postgresql",
    bad: `await op.alterColumn("account", "note", { newColumnName: "remark" });`,
    good: [`${NEW_TABLE}await op.alterColumn("fresh", "email", { newColumnName: "mail" });`],
  },
  {
    rule: "renaming-table", dialect: "postgresql",
    bad: `await op.renameTable("orders", "purchases");`,
    good: [`${NEW_TABLE}await op.renameTable("fresh", "newer");`],
  },
  {
    rule: "changing-column-type", dialect: "mysql",
    bad: `await op.alterColumn("account", "email", { type_: sa.String(100), existingType: sa.String(50) });`,
    good: [`await op.alterColumn("account", "short", { type_: sa.String(60), existingType: sa.String(20) });`],
  },
  {
    rule: "adding-not-nullable-field", dialect: "mysql",
    bad: `await op.alterColumn("account", "email", { nullable: false, existingType: sa.String(50) });`,
    good: [`${NEW_TABLE}await op.alterColumn("fresh", "email", { nullable: false, existingType: sa.String(50) });`],
  },
  {
    rule: "adding-foreign-key-constraint", dialect: "mysql",
    bad: `await op.createForeignKey("fk_orders_account", "orders", "account", ["account_id"], ["id"]);`,
    good: [`${NEW_TABLE}await op.createForeignKey("fk_fresh_account", "fresh", "account", ["account_id"], ["id"]);`],
  },
  {
    rule: "non-atomic-ddl", dialect: "mysql",
    bad: `await op.addColumn("account", sa.Column("a", sa.Integer()));\n  await op.addColumn("account", sa.Column("b", sa.Integer())); // <-`,
    good: [`await op.addColumn("account", sa.Column("a", sa.Integer()));`],
  },
  {
    rule: "batch-move-and-copy", dialect: "sqlite",
    bad: `await op.batchAlterTable("account", async (batchOp) => {\n    batchOp.alterColumn("email", { type_: sa.Text(), existingType: sa.String(50) });\n  }, { copyFrom: sa.Table("account", new sa.MetaData(), sa.Column("id", sa.BigInteger(), { primaryKey: true }), sa.Column("email", sa.String(50))) });`,
    good: [`await op.batchAlterTable("account", async (batchOp) => {\n    batchOp.addColumn(sa.Column("extra", sa.Integer()));\n  });`],
  },
  {
    rule: "sqlite-alter-outside-batch", dialect: "sqlite",
    bad: `await op.alterColumn("account", "email", { nullable: false });`,
    good: [`await op.batchAlterTable("account", async (batchOp) => {\n    batchOp.addColumn(sa.Column("extra", sa.Integer()));\n  });`],
  },
];

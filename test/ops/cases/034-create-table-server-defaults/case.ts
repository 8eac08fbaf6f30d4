await op.createTable(
  "setting",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("name", sa.String(50), { serverDefault: "unnamed" }),
  sa.Column("count", sa.Integer(), { serverDefault: "0" }),
  sa.Column("created", sa.DateTime(), { serverDefault: sa.text("now()") }),
  sa.Column("updated", sa.DateTime(), { serverDefault: sa.func.now() }),
  sa.Column("active", sa.Boolean(), { serverDefault: sa.true() }),
);

await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("name", sa.String(50)),
  sa.Column("a", sa.Integer(), { serverDefault: sa.func.coalesce(sa.column("b"), 0) }),
  sa.Column("label", sa.String(50), { serverDefault: sa.func.lower(sa.Column("name")) }),
);
await op.addColumn(
  "t",
  sa.Column("upper_name", sa.String(50), { serverDefault: sa.func.upper(sa.column("name")) }),
);

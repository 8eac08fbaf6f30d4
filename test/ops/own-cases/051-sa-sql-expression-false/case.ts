await op.addColumn(
  "t",
  sa.Column("insecure", sa.Boolean(), { nullable: false, serverDefault: sa.sql.expression.false() }),
);
await op.addColumn(
  "t",
  sa.Column("secure", sa.Boolean(), { nullable: false, serverDefault: sa.sql.expression.true() }),
);
await op.execute(sa.sql.expression.table("t", sa.sql.expression.column("a")).update().values({
  a: sa.sql.expression.null(),
}));

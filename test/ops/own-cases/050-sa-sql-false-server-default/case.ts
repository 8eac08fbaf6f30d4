await op.addColumn(
  "t",
  sa.Column("flag", sa.Boolean(), { nullable: false, serverDefault: sa.sql.false() }),
);

await op.addColumn(
  "t",
  sa.Column("x", sa.String(20), { serverDefault: sa.func.concat("a", "b'c") }),
);

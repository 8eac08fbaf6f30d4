await op.addColumn(
  "t",
  sa.Column("c", mysql.DATETIME({ fsp: 6 }), { serverDefault: sa.text("CURRENT_TIMESTAMP(6)") }),
);

await op.addColumn(
  "t",
  sa.Column("c", mysql.DECIMAL({ precision: 8, scale: 3, unsigned: true, zerofill: true })),
);

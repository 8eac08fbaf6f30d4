await op.addColumn(
  "account",
  sa.Column("nick", sa.VARCHAR({ length: 30 }), { autoincrement: false, nullable: true }),
);

await op.alterColumn(
  "account",
  "age",
  { type_: mysql.INTEGER({ unsigned: true }), existingNullable: true },
);

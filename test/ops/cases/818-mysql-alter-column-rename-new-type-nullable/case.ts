await op.alterColumn(
  "account",
  "name",
  { newColumnName: "full_name", type_: sa.String(200), nullable: false },
);

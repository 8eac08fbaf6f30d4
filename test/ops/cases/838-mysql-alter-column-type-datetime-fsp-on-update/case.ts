await op.alterColumn(
  "account",
  "updated_at",
  {
    type_: mysql.DATETIME({ fsp: 6 }),
    existingServerDefault: sa.text("CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"),
  },
);

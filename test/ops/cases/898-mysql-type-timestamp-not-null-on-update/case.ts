await op.addColumn(
  "t",
  sa.Column(
    "updated_at",
    mysql.TIMESTAMP(),
    { serverDefault: sa.text("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"), nullable: false },
  ),
);

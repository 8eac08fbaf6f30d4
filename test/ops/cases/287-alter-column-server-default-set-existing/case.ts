await op.alterColumn(
  "account",
  "status",
  {
    serverDefault: "inactive",
    existingServerDefault: sa.text("'active'"),
    existingType: sa.String(20),
  },
);

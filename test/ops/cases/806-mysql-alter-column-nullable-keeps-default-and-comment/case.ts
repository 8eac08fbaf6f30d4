await op.alterColumn(
  "account",
  "name",
  {
    nullable: false,
    existingType: sa.String(50),
    existingServerDefault: "anon",
    existingComment: "display name",
  },
);

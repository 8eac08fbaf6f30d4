await op.alterColumn(
  "t",
  "flag",
  { existingType: sa.Boolean(), nullable: false, existingServerDefault: sa.text("false") },
);

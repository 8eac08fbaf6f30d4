await op.alterColumn(
  "t",
  "prefs",
  { serverDefault: sa.text("'{}'::jsonb"), existingType: postgresql.JSONB() },
);

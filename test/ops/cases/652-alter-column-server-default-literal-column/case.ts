await op.alterColumn("t", "c", { serverDefault: sa.literal_column("CURRENT_DATE") });

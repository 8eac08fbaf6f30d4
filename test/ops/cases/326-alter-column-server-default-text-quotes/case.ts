await op.alterColumn("t", "s", { serverDefault: sa.text("'a''b'"), existingType: sa.String() });

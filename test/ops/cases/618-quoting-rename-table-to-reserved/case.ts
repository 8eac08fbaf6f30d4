await op.renameTable("old", "table");

await op.renameTable("rank", "row");

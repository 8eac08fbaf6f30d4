await op.renameTable("OldName", "NewName", { schema: "Sales" });

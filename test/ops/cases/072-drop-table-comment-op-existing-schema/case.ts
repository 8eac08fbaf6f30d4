await op.dropTableComment("account", { existingComment: "old", schema: "billing" });

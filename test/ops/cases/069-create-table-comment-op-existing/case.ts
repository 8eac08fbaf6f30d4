await op.createTableComment("account", "new comment", { existingComment: "old comment" });

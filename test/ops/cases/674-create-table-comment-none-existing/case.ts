await op.createTableComment("t", "c", { existingComment: null, schema: "s" });

await op.dropTableComment("Order", { existingComment: "x", schema: "Sales" });

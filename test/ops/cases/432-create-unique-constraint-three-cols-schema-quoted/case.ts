await op.createUniqueConstraint("uq", "My Table", ["a", "B", "select"], { schema: "My Schema" });

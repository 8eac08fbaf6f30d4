await postgresql.ENUM("a", "b", { name: "ab", schema: "other" }).create(op.getBind());

await sa.Enum("a", "b", { name: "ab" }).create(op.getBind());

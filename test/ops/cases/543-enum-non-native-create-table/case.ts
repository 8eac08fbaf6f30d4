await op.createTable(
  "t",
  sa.Column("v", sa.Enum("a", "bb", { name: "v_enum", nativeEnum: false, createConstraint: true })),
);

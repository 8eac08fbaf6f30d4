await op.alterColumn(
  "t",
  "kind",
  {
    type_: sa.Enum("a", "b", { name: "ck_kind", nativeEnum: false, createConstraint: true }),
    existingType: sa.String(5),
  },
);

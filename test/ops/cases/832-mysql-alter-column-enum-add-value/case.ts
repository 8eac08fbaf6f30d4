await op.alterColumn(
  "account",
  "mood",
  {
    type_: sa.Enum("happy", "sad", "meh", { name: "mood" }),
    existingType: sa.Enum("happy", "sad", { name: "mood" }),
    existingNullable: false,
  },
);

await op.alterColumn(
  "account",
  "mood",
  { type_: sa.Enum("happy", "sad", { name: "mood" }), existingNullable: true },
);

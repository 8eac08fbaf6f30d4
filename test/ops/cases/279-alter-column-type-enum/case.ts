await op.alterColumn(
  "account",
  "mood",
  {
    type_: sa.Enum("happy", "sad", "meh", { name: "mood2" }),
    existingType: sa.String(10),
    postgresqlUsing: "mood::mood2",
  },
);

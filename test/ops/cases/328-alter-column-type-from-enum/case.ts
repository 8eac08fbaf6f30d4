await op.alterColumn(
  "t",
  "mood",
  {
    type_: sa.String(20),
    existingType: sa.Enum("a", "b", { name: "mood" }),
    postgresqlUsing: "mood::text",
  },
);

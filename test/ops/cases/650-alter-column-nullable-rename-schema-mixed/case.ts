await op.alterColumn(
  "T",
  "C",
  { nullable: true, newColumnName: "D", schema: "S", existingType: sa.Integer() },
);

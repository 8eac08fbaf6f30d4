await op.alterColumn(
  "t",
  "c",
  {
    type_: sa.Text(),
    existingType: sa.String(10),
    existingServerDefault: sa.text("'x'"),
    existingNullable: false,
    existingComment: "old",
  },
);

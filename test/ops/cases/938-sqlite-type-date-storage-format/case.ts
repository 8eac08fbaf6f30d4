await op.addColumn(
  "t",
  sa.Column("c", sqlite.DATE({ storageFormat: "%(month)02d/%(day)02d/%(year)04d" })),
);

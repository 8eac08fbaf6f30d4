await op.addColumn(
  "t",
  sa.Column(
    "c",
    sqlite.DATETIME({
      storageFormat: "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d",
    }),
  ),
);

await op.createTable(
  "t",
  sa.Column(
    "id",
    sa.Integer(),
    sa.Identity({ nominvalue: true, nomaxvalue: true }),
    { primaryKey: true },
  ),
);

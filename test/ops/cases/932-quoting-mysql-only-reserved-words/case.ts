await op.createTable(
  "rank",
  sa.Column("row", sa.Integer()),
  sa.Column("groups", sa.String(10)),
  sa.Column("lateral", sa.Integer()),
);

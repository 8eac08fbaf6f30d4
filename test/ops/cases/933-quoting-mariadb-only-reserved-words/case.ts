await op.createTable(
  "offset",
  sa.Column("position", sa.Integer()),
  sa.Column("history", sa.Text()),
  sa.Column("returning", sa.Integer()),
);

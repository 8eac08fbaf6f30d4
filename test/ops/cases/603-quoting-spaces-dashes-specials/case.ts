await op.createTable(
  "my table",
  sa.Column("my-col", sa.Integer()),
  sa.Column("with space", sa.Integer()),
  sa.Column("1st", sa.Integer()),
  sa.Column("price$", sa.Integer()),
  sa.Column("$dollar", sa.Integer()),
  sa.Column("_leading", sa.Integer()),
  sa.Column("trailing_", sa.Integer()),
  sa.Column("a.b", sa.Integer()),
  sa.Column("per%cent", sa.Integer()),
);

await op.createTable(
  "post",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("author_id", sa.Integer(), sa.ForeignKey("author.id")),
);

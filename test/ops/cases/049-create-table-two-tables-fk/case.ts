await op.createTable(
  "author",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("name", sa.String(100), { nullable: false }),
);
await op.createTable(
  "book",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("author_id", sa.Integer(), sa.ForeignKey("author.id"), { nullable: false }),
  sa.Column("title", sa.String(200), { nullable: false }),
);

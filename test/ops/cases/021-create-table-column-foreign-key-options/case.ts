await op.createTable(
  "post",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column(
    "author_id",
    sa.Integer(),
    sa.ForeignKey("author.id", { ondelete: "CASCADE", onupdate: "CASCADE", name: "fk_post_author" }),
    { nullable: false },
  ),
);

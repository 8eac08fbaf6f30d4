await op.createTable(
  "article",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("slug", sa.String(200), { nullable: false }),
  sa.Column("title", sa.String(200)),
  sa.Index("ix_article_slug", "slug", { unique: true }),
  sa.Index("ix_article_title", "title"),
);

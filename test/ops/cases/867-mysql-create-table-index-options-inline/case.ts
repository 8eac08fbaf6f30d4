await op.createTable(
  "article",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("title", sa.String(200)),
  sa.Column("body", sa.Text()),
  sa.Index("ix_article_title", "title", { mysqlLength: 20 }),
  sa.Index("ix_article_body", "body", { mysqlPrefix: "FULLTEXT" }),
);

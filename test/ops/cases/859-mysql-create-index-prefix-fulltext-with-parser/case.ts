await op.createIndex(
  "ix_article_body",
  "article",
  ["title", "body"],
  { mysqlPrefix: "FULLTEXT", mysqlWithParser: "ngram" },
);

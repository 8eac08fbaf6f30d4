await op.createIndex("ix_article_body", "article", ["body"], { mariadbPrefix: "FULLTEXT" });

await op.createIndex("ix_article_body", "article", ["body"], { mysqlPrefix: "FULLTEXT" });

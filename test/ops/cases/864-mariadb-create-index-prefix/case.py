op.create_index("ix_article_body", "article", ["body"], mariadb_prefix="FULLTEXT")

op.create_index("ix_article_body", "article", ["body"], mysql_prefix="FULLTEXT")

op.create_index("ix_article_body", "article", ["title", "body"], mysql_prefix="FULLTEXT", mysql_with_parser="ngram")

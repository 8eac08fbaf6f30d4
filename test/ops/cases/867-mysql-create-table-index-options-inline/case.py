op.create_table(
    "article",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("title", sa.String(200)),
    sa.Column("body", sa.Text()),
    sa.Index("ix_article_title", "title", mysql_length=20),
    sa.Index("ix_article_body", "body", mysql_prefix="FULLTEXT"),
)

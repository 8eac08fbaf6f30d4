op.create_table(
    "article",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("slug", sa.String(200), nullable=False),
    sa.Column("title", sa.String(200)),
    sa.Index("ix_article_slug", "slug", unique=True),
    sa.Index("ix_article_title", "title"),
)

op.create_table(
    "author",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(100), nullable=False),
)
op.create_table(
    "book",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("author_id", sa.Integer(), sa.ForeignKey("author.id"), nullable=False),
    sa.Column("title", sa.String(200), nullable=False),
)

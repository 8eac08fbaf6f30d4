op.create_table(
    "article",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("slug", sa.String(200), index=True),
    sa.Column("code", sa.String(20), index=True, unique=True),
)

op.create_table(
    "post",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column(
        "author_id",
        sa.Integer(),
        sa.ForeignKey("author.id", ondelete="CASCADE", onupdate="CASCADE", name="fk_post_author"),
        nullable=False,
    ),
)

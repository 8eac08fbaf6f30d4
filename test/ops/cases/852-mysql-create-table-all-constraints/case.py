op.create_table(
    "post",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("account_id", sa.Integer(), sa.ForeignKey("account.id", name="fk_post_account", ondelete="CASCADE")),
    sa.Column("slug", sa.String(80), nullable=False, unique=True),
    sa.Column("score", sa.Integer(), server_default="0"),
    sa.CheckConstraint("score >= 0", name="ck_post_score"),
    sa.Index("ix_post_score", "score"),
    mysql_engine="InnoDB",
)

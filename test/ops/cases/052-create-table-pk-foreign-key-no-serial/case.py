op.create_table(
    "profile",
    sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id"), primary_key=True),
)

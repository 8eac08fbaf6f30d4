op.create_table(
    "address",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id")),
    schema="app",
)

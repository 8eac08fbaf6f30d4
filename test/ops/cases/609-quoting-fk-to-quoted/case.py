op.create_table(
    "Order",
    sa.Column("Id", sa.Integer(), primary_key=True),
    sa.Column("UserId", sa.Integer(), sa.ForeignKey("User.Id")),
    sa.Column("group", sa.Integer(), sa.ForeignKey("Auth.Group.Id")),
)

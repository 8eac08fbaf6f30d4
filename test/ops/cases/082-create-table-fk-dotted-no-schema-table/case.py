op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("o_id", sa.Integer(), sa.ForeignKey("sales.Order.Id", ondelete="CASCADE")),
)

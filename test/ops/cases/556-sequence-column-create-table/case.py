op.create_table(
    "orders",
    sa.Column("id", sa.Integer(), sa.Sequence("orders_id_seq"), primary_key=True),
    sa.Column("n", sa.Integer()),
)

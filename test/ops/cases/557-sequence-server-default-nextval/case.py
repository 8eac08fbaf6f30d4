op.create_table(
    "orders",
    sa.Column("id", sa.Integer(), server_default=sa.text("nextval('orders_id_seq')"), primary_key=True),
)

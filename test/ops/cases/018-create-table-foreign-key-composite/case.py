op.create_table(
    "line",
    sa.Column("order_id", sa.Integer(), nullable=False),
    sa.Column("order_version", sa.Integer(), nullable=False),
    sa.Column("n", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("order_id", "order_version", "n"),
    sa.ForeignKeyConstraint(
        ["order_id", "order_version"], ["orders.id", "orders.version"], match="FULL"
    ),
)

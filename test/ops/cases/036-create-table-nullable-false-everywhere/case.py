op.create_table(
    "t",
    sa.Column("a", sa.Integer(), nullable=False),
    sa.Column("b", sa.String(10), nullable=False, server_default="x"),
    sa.Column("c", sa.Boolean(), nullable=True),
)

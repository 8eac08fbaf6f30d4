op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True, nullable=False),
    sa.Column("x", sa.Integer(), nullable=False, server_default=sa.text("0")),
)

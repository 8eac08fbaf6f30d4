op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True, server_default=sa.text("42")),
)

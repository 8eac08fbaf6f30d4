op.create_table(
    "greeting",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("text", sa.String(50), server_default="it's"),
)

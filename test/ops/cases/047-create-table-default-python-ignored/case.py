op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("status", sa.String(10), default="new"),
)

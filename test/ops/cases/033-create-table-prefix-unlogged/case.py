op.create_table(
    "cache",
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text()),
    prefixes=["UNLOGGED"],
)

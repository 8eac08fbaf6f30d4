op.create_table(
    "s",
    sa.Column("id", sa.String(36), primary_key=True, autoincrement=True),
)

op.create_table(
    "flag",
    sa.Column("id", sa.SmallInteger(), primary_key=True),
)

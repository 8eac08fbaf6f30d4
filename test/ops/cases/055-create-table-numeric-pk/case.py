op.create_table(
    "t",
    sa.Column("id", sa.Numeric(10, 0), primary_key=True),
)

op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("real_name", sa.String(10), key="attr_name"),
)

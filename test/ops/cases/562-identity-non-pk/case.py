op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("n", sa.Integer(), sa.Identity(start=1)),
)

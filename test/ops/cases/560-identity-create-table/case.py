op.create_table(
    "account",
    sa.Column("id", sa.Integer(), sa.Identity(), primary_key=True),
    sa.Column("name", sa.String(50)),
)

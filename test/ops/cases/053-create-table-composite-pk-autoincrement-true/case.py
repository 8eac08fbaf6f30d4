op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("v", sa.Integer(), primary_key=True),
)

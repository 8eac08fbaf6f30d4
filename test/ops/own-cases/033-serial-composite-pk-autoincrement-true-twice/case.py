op.create_table(
    "a",
    sa.Column("x", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("y", sa.Integer(), primary_key=True, autoincrement=True),
)

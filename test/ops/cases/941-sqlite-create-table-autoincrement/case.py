op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(50)),
    sqlite_autoincrement=True,
)

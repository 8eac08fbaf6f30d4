op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("email", sa.String(100), unique=True, sqlite_on_conflict_unique="REPLACE"),
)

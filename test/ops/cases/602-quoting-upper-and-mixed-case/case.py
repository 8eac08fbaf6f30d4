op.create_table(
    "Account",
    sa.Column("Id", sa.Integer(), primary_key=True),
    sa.Column("FULLNAME", sa.String(50)),
    sa.Column("camelCase", sa.String(50)),
    sa.Column("snake_case", sa.String(50)),
)

op.create_table(
    "code",
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
)

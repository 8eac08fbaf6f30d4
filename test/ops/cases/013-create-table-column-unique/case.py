op.create_table(
    "person",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("email", sa.String(255), unique=True),
)

op.create_table(
    "t",
    sa.Column("created", sa.DateTime()),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("created", sa.TIMESTAMP()),
)

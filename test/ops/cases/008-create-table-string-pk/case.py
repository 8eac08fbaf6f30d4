op.create_table(
    "country",
    sa.Column("code", sa.String(2), primary_key=True),
    sa.Column("name", sa.String(100), nullable=False),
)

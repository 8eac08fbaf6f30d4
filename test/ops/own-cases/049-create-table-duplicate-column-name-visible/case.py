op.create_table(
    "t",
    sa.Column("created", sa.Date(), nullable=False),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("created", sa.TIMESTAMP(timezone=True)),
)

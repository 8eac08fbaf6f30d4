op.alter_column(
    "account",
    "count",
    type_=sa.BigInteger(),
    existing_type=sa.Integer(),
    server_default="0",
    nullable=False,
)

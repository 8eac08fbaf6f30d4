op.alter_column(
    "account",
    "id",
    server_default=sa.Identity(start=5, increment=2),
    existing_server_default=sa.Identity(),
    existing_type=sa.Integer(),
)

op.alter_column(
    "account",
    "id",
    server_default=sa.Identity(always=True),
    existing_server_default=sa.Identity(),
    existing_type=sa.Integer(),
)

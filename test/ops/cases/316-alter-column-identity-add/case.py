op.alter_column(
    "account",
    "id",
    server_default=sa.Identity(),
    existing_server_default=None,
    existing_type=sa.Integer(),
)

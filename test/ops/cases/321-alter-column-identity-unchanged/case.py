op.alter_column(
    "account",
    "id",
    server_default=sa.Identity(start=3),
    existing_server_default=sa.Identity(start=3),
    existing_type=sa.Integer(),
)

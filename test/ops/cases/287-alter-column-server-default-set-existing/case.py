op.alter_column(
    "account",
    "status",
    server_default="inactive",
    existing_server_default=sa.text("'active'"),
    existing_type=sa.String(20),
)

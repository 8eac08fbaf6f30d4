op.alter_column(
    "account",
    "created_at",
    server_default=sa.text("CURRENT_TIMESTAMP"),
    existing_type=sa.DateTime(),
    existing_nullable=False,
)

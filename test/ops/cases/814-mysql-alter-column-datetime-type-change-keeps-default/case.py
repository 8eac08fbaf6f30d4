op.alter_column(
    "account",
    "created_at",
    type_=sa.DateTime(timezone=True),
    existing_server_default=sa.text("CURRENT_TIMESTAMP"),
)

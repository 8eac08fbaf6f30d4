op.create_index(
    "ix_account_active_email",
    "account",
    ["email"],
    unique=True,
    postgresql_where=sa.text("deleted_at IS NULL"),
)

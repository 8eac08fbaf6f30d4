op.create_index(
    "ix_account_code",
    "account",
    ["code"],
    unique=True,
    schema="billing",
    postgresql_concurrently=True,
)

op.create_foreign_key(
    "fk_address_user",
    "address",
    "user",
    ["user_id"],
    ["id"],
    source_schema="app",
    referent_schema="auth",
    ondelete="SET NULL",
)

op.alter_column(
    "account",
    "name",
    nullable=False,
    existing_type=sa.String(50),
    existing_server_default="anon",
    existing_comment="display name",
)

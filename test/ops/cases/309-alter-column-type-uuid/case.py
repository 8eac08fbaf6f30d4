op.alter_column(
    "account",
    "ref",
    type_=postgresql.UUID(as_uuid=True),
    existing_type=sa.String(36),
    postgresql_using="ref::uuid",
)

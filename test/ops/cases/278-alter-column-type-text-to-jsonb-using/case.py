op.alter_column(
    "doc",
    "body",
    type_=postgresql.JSONB(),
    existing_type=sa.Text(),
    postgresql_using="body::jsonb",
)

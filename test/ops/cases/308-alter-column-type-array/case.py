op.alter_column(
    "account",
    "tags",
    type_=postgresql.ARRAY(sa.String(50)),
    existing_type=sa.Text(),
    postgresql_using="string_to_array(tags, ',')",
)

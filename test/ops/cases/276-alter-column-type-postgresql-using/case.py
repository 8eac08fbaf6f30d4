op.alter_column(
    "account",
    "age",
    type_=sa.Integer(),
    existing_type=sa.String(10),
    postgresql_using="age::integer",
)

op.alter_column(
    "account",
    "name",
    type_=sa.Text(),
    new_column_name="label",
    existing_type=sa.String(50),
    schema="billing",
)

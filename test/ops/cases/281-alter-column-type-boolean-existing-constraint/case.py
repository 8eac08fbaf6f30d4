op.alter_column(
    "account",
    "flag",
    type_=sa.Integer(),
    existing_type=sa.Boolean(create_constraint=True, name="ck_flag"),
)

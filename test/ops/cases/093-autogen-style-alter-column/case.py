op.alter_column(
    "account",
    "name",
    existing_type=sa.VARCHAR(length=50),
    type_=sa.String(length=100),
    existing_nullable=True,
    autoincrement=False,
)

op.alter_column(
    "account",
    "name",
    comment="name",
    nullable=False,
    existing_type=sa.String(50),
    existing_nullable=True,
)

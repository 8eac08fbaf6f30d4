op.alter_column(
    "account",
    "name",
    nullable=False,
    existing_type=mysql.VARCHAR(50, charset="utf8mb4", collation="utf8mb4_bin"),
)

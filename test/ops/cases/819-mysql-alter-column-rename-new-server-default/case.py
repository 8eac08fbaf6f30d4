op.alter_column(
    "account",
    "score",
    new_column_name="points",
    server_default="10",
    existing_type=sa.Integer(),
    existing_server_default="0",
)

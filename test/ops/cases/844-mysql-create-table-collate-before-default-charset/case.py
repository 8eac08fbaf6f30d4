op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    mysql_collate="utf8mb4_bin",
    mysql_default_charset="utf8mb4",
)

op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(50)),
    mariadb_engine="InnoDB",
    mariadb_charset="utf8mb4",
    mariadb_collate="utf8mb4_unicode_ci",
)

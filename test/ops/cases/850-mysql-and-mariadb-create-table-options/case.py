op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    mysql_engine="InnoDB",
    mariadb_engine="Aria",
    mysql_charset="utf8mb4",
    mariadb_charset="utf8",
)

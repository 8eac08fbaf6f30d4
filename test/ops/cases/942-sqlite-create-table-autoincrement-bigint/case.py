op.create_table("account", sa.Column("id", sa.BigInteger(), primary_key=True), sqlite_autoincrement=True)

op.create_table("account", sa.Column("id", sa.Integer(), primary_key=True), mariadb_engine="InnoDB")

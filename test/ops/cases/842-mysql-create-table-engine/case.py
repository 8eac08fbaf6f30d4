op.create_table("account", sa.Column("id", sa.Integer(), primary_key=True), mysql_engine="InnoDB")

op.add_column("t", sa.Column("c", mysql.SET("read", "write", "admin")))

op.add_column("t", sa.Column("c", mysql.TEXT(1000)))

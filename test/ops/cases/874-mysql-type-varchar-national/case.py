op.add_column("t", sa.Column("c", mysql.VARCHAR(50, national=True)))

op.add_column("t", sa.Column("c", mysql.TIME(fsp=3)))

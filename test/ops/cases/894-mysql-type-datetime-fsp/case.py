op.add_column("t", sa.Column("c", mysql.DATETIME(fsp=6)))

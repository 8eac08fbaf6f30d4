op.add_column("t", sa.Column("c", mysql.TIMESTAMP(fsp=3)))

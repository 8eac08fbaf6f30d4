op.add_column("t", sa.Column("c", mysql.DOUBLE(precision=10, scale=2)))

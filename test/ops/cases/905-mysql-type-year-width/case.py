op.add_column("t", sa.Column("c", mysql.YEAR(4)))

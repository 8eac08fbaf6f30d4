op.add_column("t", sa.Column("c", mysql.TINYINT(1)))

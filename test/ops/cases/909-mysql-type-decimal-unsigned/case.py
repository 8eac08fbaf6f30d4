op.add_column("t", sa.Column("c", mysql.DECIMAL(10, 2, unsigned=True)))

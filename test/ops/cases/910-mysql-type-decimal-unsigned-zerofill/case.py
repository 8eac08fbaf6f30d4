op.add_column("t", sa.Column("c", mysql.DECIMAL(precision=8, scale=3, unsigned=True, zerofill=True)))

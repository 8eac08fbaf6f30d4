op.add_column("t", sa.Column("c", mysql.FLOAT(unsigned=True)))

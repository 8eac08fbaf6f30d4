op.add_column("t", sa.Column("c", mysql.INTEGER(unsigned=True, zerofill=True)))

op.add_column("t", sa.Column("c", mysql.CHAR(2, charset="ascii")))

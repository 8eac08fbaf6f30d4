op.add_column("t", sa.Column("c", mysql.SET("a", "b", retrieve_as_bitwise=True)))

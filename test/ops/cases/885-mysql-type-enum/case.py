op.add_column("t", sa.Column("c", mysql.ENUM("small", "medium", "large")))

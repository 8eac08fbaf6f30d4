op.add_column("t", sa.Column("c", mysql.ENUM("it's", "ok")))

op.add_column("t", sa.Column("c", mysql.VARCHAR(50, charset="utf8mb4", collation="utf8mb4_bin")))

op.add_column("t", sa.Column("c", mysql.LONGTEXT(charset="utf8mb4", collation="utf8mb4_unicode_ci")))

op.add_column("t", sa.Column("c", sa.NCHAR(5)))

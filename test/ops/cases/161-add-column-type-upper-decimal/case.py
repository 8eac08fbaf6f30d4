op.add_column("t", sa.Column("c", sa.DECIMAL(6, 1)))

op.add_column("t", sa.Column("c", sa.NUMERIC(6, 1)))

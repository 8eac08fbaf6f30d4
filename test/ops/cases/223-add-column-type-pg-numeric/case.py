op.add_column("t", sa.Column("c", postgresql.NUMERIC(5, 2)))

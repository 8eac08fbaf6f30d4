op.add_column("t", sa.Column("c", postgresql.INTERVAL(precision=3)))

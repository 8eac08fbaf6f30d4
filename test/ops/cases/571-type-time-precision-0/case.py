op.add_column("t", sa.Column("c", postgresql.TIME(precision=0)))

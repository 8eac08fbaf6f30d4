op.add_column("t", sa.Column("c", postgresql.DOUBLE_PRECISION(precision=53)))

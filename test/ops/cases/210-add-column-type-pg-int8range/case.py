op.add_column("t", sa.Column("c", postgresql.INT8RANGE()))

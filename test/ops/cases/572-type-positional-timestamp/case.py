op.add_column("t", sa.Column("c", postgresql.TIMESTAMP(True, 3)))

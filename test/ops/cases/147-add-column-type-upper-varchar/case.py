op.add_column("t", sa.Column("c", sa.VARCHAR(20)))

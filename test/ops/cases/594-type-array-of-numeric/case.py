op.add_column("t", sa.Column("c", postgresql.ARRAY(sa.Numeric(6, 2), dimensions=2)))

op.add_column("t", sa.Column("c", sa.ARRAY(sa.String(20), dimensions=2)))

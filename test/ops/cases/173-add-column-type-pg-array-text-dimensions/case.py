op.add_column("t", sa.Column("c", postgresql.ARRAY(sa.Text(), dimensions=3)))

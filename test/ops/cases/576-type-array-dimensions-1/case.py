op.add_column("t", sa.Column("c", sa.ARRAY(sa.Integer(), dimensions=1)))

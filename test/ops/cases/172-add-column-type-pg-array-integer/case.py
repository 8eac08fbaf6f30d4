op.add_column("t", sa.Column("c", postgresql.ARRAY(sa.Integer())))

op.add_column("t", sa.Column("c", postgresql.ARRAY(postgresql.ARRAY(sa.Integer()))))

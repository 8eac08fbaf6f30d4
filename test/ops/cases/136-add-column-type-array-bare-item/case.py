op.add_column("t", sa.Column("c", sa.ARRAY(sa.Text)))

op.add_column("t", sa.Column("c", sa.String(10).with_variant(sa.Text(), "mysql")))

op.add_column("t", sa.Column("c", sa.Numeric(scale=2)))

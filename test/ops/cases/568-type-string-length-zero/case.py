op.add_column("t", sa.Column("c", sa.String(0)))

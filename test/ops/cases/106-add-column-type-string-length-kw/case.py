op.add_column("t", sa.Column("c", sa.String(length=30)))

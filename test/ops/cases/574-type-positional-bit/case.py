op.add_column("t", sa.Column("c", postgresql.BIT(4, True)))

op.add_column("t", sa.Column("c", postgresql.BIT(varying=True)))

op.add_column("t", sa.Column("b", postgresql.BIT(0)))
op.add_column("t", sa.Column("i", sa.Interval(native=False)))

op.add_column("t", sa.Column("c", sa.Interval(second_precision=3)))

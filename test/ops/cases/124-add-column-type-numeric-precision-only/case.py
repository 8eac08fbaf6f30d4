op.add_column("t", sa.Column("c", sa.Numeric(precision=12)))

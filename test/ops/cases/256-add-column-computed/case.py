op.add_column("line", sa.Column("total", sa.Numeric(10, 2), sa.Computed("price * qty")))

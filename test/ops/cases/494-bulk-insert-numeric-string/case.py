t = sa.table("t", sa.column("n", sa.Numeric(10, 2)), sa.column("i", sa.Integer()))
op.bulk_insert(t, [{"n": "1.50", "i": "5"}])

t = sa.table("t", sa.column("x"), sa.column("s"))
op.bulk_insert(t, [{"x": 1, "s": "a"}])

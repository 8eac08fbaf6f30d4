t = sa.table("t", sa.column("a", sa.Integer()))
op.bulk_insert(t, [{"a": 1, "b": 2}])

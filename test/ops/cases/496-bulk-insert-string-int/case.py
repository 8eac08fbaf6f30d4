t = sa.table("t", sa.column("s", sa.String()))
op.bulk_insert(t, [{"s": 5}])

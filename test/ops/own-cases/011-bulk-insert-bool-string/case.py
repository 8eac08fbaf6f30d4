t = sa.table("t", sa.column("b", sa.Boolean()))
op.bulk_insert(t, [{"b": "yes"}])

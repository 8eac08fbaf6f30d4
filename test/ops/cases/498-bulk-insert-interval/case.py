t = sa.table("t", sa.column("i", sa.Interval()))
op.bulk_insert(t, [{"i": "1 day"}])

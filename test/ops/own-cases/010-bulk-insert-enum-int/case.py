t = sa.table("t", sa.column("e", sa.Enum("a", "b", name="e")))
op.bulk_insert(t, [{"e": 1}])

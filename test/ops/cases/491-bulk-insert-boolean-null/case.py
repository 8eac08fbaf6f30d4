t = sa.table("t", sa.column("b", sa.Boolean()), sa.column("i", sa.Integer()))
op.bulk_insert(t, [{"b": None, "i": None}, {"b": True, "i": 0}])

t = sa.table("t", sa.column("b", sa.Boolean()), sa.column("i", sa.Integer()), sa.column("e", sa.Enum("a", "b", name="e")))
op.bulk_insert(t, [{"b": 1, "i": True, "e": "c"}, {"b": 0, "i": "12", "e": "a"}])

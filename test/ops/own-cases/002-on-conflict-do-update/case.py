t = sa.table("t", sa.column("id", sa.Integer()), sa.column("a", sa.String()), sa.column("Bc", sa.Integer()), schema="s")
s = postgresql.insert(t).values(id=1, a="x")
op.execute(s.on_conflict_do_update(index_elements=["id", "Bc"], set_={"a": s.excluded.a, "Bc": 5, "id": sa.func.lower("X")}, where=sa.text("t.a IS NULL")))
op.execute(s.on_conflict_do_update(constraint="uq", set_={"a": sa.bindparam("zz", 3), "Bc": sa.text("1"), "nope": None}))

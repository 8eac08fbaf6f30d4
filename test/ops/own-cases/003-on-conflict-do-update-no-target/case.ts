const t = sa.table("t", sa.column("id", sa.Integer()), sa.column("a", sa.String()));
await op.execute(postgresql.insert(t).values({ id: 1, a: "x" }).on_conflict_do_update({ set_: { a: 1 } }));

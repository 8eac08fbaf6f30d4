const t = sa.table("t", sa.column("id", sa.Integer()), sa.column("a", sa.String()));
await op.execute(postgresql.insert(t).values({ id: 1, a: "x" }).on_conflict_do_nothing());
await op.execute(postgresql.insert(t).values({ id: 1, a: "x" }).on_conflict_do_nothing({ indexElements: ["id"] }));
await op.execute(postgresql.insert(t).values({ id: 1, a: "x" }).on_conflict_do_nothing({ constraint: "Uq_t" }));
await op.execute(postgresql.insert(t).values({ id: 1, a: "x" }).on_conflict_do_nothing({
  indexElements: [sa.text("lower(a)")],
  indexWhere: sa.text("id > 2"),
}));

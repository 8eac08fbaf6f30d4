const t = sa.table("kv", sa.column("k", sa.String), sa.column("v", sa.Integer));
await op.execute(sqlite.insert(t).values({ k: "a", v: 1 }).on_conflict_do_nothing());
await op.execute(sqlite.insert(t).values({ k: "a", v: 1 }).on_conflict_do_nothing({ indexElements: ["k"] }));
const s = sqlite.insert(t).values({ k: "a", v: 1 });
await op.execute(s.on_conflict_do_update({ indexElements: ["k"], set_: { v: s.excluded.v } }));

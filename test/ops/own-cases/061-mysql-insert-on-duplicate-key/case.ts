const t = sa.table("kv", sa.column("k", sa.String), sa.column("v", sa.Integer));
const s = mysql.insert(t).values({ k: "a", v: 1 });
await op.execute(s.on_duplicate_key_update({ v: s.inserted.v }));
await op.execute(s.on_duplicate_key_update({ v: 5, k: "b" }));
await op.execute(mysql.insert(t).values([{ k: "a", v: 1 }, { k: "b", v: 2 }]).on_duplicate_key_update({ v: sa.literal_column("VALUES(v)") }));

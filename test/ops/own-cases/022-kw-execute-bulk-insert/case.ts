await op.execute({ sqltext: "UPDATE a SET x = 1" });
await op.execute({ sqltext: sa.text("UPDATE a SET y = 'z'") });
const t = sa.table("a", sa.column("id", sa.Integer()), sa.column("name", sa.String()));
await op.bulkInsert({ table: t, rows: [{ id: 1, name: "one" }, { id: 2, name: "two" }] });
await op.bulkInsert({ table: t, rows: [{ id: 3, name: "three" }], multiinsert: false });

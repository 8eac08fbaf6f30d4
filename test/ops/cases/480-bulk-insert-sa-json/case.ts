const docs = sa.table("doc", sa.column("id", sa.Integer()), sa.column("body", sa.JSON()));
await op.bulkInsert(docs, [{ id: 1, body: { k: "v" } }]);

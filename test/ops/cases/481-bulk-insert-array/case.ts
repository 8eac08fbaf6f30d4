const docs = sa.table("doc", sa.column("tags", postgresql.ARRAY(sa.String())));
await op.bulkInsert(docs, [{ tags: ["a", "b"] }]);

const t = sa.table("t", sa.column("a", sa.Integer()));
await op.execute(t.update().values({ a: 1 }).execution_options({ synchronizeSession: false }));
await op.execute(sa.text("SELECT 1").execution_options({ autocommit: true }));

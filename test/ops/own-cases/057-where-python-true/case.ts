const t = sa.table("amphora", sa.column("status", sa.String));
await op.execute(t.update().where(true).values({ status: "ALLOCATED" }));
await op.execute(t.delete().where(false));

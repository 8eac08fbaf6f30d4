const queries = sa.table("queries", sa.column("id", sa.Integer), sa.column("schedule", sa.Text));
await op.execute(queries.select());
await op.execute(queries.select().where(queries.c.id.eq(5)));

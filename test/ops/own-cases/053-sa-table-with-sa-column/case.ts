const queries = sa.table("queries", sa.Column("id", sa.Integer, { primaryKey: true }), sa.Column("schedule", sa.Text()));
await op.execute(queries.update().where(queries.c.id.eq(1)).values({ schedule: null }));

queries = sa.table("queries", sa.column("id", sa.Integer), sa.column("schedule", sa.Text))
op.execute(queries.select())
op.execute(queries.select().where(queries.c.id == 5))

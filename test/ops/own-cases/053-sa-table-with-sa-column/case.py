queries = sa.table("queries", sa.Column("id", sa.Integer, primary_key=True), sa.Column("schedule", sa.Text()))
op.execute(queries.update().where(queries.c.id == 1).values(schedule=None))

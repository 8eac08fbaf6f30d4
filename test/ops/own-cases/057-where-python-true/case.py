t = sa.table("amphora", sa.column("status", sa.String))
op.execute(t.update().where(True).values(status="ALLOCATED"))
op.execute(t.delete().where(False))

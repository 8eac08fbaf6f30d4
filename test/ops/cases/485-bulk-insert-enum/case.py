accounts = sa.table("account", sa.column("mood", sa.Enum("happy", "sad", name="mood")))
op.bulk_insert(accounts, [{"mood": "happy"}])

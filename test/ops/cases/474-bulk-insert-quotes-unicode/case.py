accounts = sa.table("account", sa.column("name", sa.String()))
op.bulk_insert(accounts, [{"name": "O'Brien"}, {"name": "Zoë"}, {"name": "line\nbreak"}, {"name": "back\\slash"}])

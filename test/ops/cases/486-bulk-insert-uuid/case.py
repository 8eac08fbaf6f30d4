accounts = sa.table("account", sa.column("ref", postgresql.UUID()))
op.bulk_insert(accounts, [{"ref": "0b6c1b8e-4b8e-4a4a-9b2d-3f1f8f5e6a7b"}])

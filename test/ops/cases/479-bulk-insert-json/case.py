docs = sa.table("doc", sa.column("id", sa.Integer()), sa.column("body", postgresql.JSONB()))
op.bulk_insert(docs, [{"id": 1, "body": {"a": 1, "b": [1, 2], "c": None}}])

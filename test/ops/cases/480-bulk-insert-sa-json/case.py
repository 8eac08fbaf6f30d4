docs = sa.table("doc", sa.column("id", sa.Integer()), sa.column("body", sa.JSON()))
op.bulk_insert(docs, [{"id": 1, "body": {"k": "v"}}])

docs = sa.table("doc", sa.column("tags", postgresql.ARRAY(sa.String())))
op.bulk_insert(docs, [{"tags": ["a", "b"]}])

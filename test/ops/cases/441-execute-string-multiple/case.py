op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")

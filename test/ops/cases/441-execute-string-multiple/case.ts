await op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
await op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist");

t = sa.sql.table("provisioning_status", sa.sql.column("name", sa.String))
op.bulk_insert(t, [{"name": "FAILOVER_STOPPED"}])

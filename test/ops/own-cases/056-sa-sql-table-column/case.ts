const t = sa.sql.table("provisioning_status", sa.sql.column("name", sa.String));
await op.bulkInsert(t, [{ name: "FAILOVER_STOPPED" }]);

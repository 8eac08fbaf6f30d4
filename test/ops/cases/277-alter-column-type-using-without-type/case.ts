await op.alterColumn("account", "age", { postgresqlUsing: "age::integer" });

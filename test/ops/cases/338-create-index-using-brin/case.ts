await op.createIndex("ix_log_ts", "log", ["ts"], { postgresqlUsing: "brin" });

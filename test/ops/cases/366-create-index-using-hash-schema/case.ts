await op.createIndex("ix_t_x", "t", ["x"], { postgresqlUsing: "hash", schema: "s" });

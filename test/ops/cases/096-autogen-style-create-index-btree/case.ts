await op.createIndex("ix_t_a", "t", ["a"], { unique: false, postgresqlUsing: "btree" });

await op.createIndex("ix_t_name", "t", ["Name"], { postgresqlOps: { Name: "text_pattern_ops" } });

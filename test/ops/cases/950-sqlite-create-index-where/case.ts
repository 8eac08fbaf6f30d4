await op.createIndex("ix_t_a", "t", ["a"], { sqliteWhere: sa.text("a IS NOT NULL") });

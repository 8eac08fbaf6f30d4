await op.createIndex("ix_t_nothing", "t", []);

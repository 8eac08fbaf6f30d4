await op.createIndex("ix_t_Name", "t", ["Name", "other"]);

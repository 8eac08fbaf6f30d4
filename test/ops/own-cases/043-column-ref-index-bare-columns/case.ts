await op.createIndex("ix_t_a", "t", [sa.column("a")]);
await op.createIndex("ix_t_b_c", "t", [sa.Column("b"), sa.column("c")], { unique: true });

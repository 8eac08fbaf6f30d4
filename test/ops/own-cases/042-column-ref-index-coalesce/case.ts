await op.createIndex("ix_t_a_coalesce", "t", [sa.func.coalesce(sa.column("a"), 0)]);
await op.createIndex("ix_t_b_coalesce", "t", [sa.func.coalesce(sa.Column("b"), 0), "c"]);
await op.createIndex("ix_t_d_lower", "t", ["id", sa.func.lower(sa.column("d"))], { schema: "s" });

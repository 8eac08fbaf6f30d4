op.create_index("ix_t_a_coalesce", "t", [sa.func.coalesce(sa.column("a"), 0)])
op.create_index("ix_t_b_coalesce", "t", [sa.func.coalesce(sa.Column("b"), 0), "c"])
op.create_index("ix_t_d_lower", "t", ["id", sa.func.lower(sa.column("d"))], schema="s")

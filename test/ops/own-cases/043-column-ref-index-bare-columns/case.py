op.create_index("ix_t_a", "t", [sa.column("a")])
op.create_index("ix_t_b_c", "t", [sa.Column("b"), sa.column("c")], unique=True)

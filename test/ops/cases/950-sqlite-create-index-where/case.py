op.create_index("ix_t_a", "t", ["a"], sqlite_where=sa.text("a IS NOT NULL"))

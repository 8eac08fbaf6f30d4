op.create_index("ix_t_x", "t", ["x"], postgresql_using="hash", schema="s")

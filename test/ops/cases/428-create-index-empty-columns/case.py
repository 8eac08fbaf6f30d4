op.create_index("ix_t_nothing", "t", [])

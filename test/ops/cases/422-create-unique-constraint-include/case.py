op.create_unique_constraint("uq_t_x", "t", ["x"], postgresql_include=["y"])

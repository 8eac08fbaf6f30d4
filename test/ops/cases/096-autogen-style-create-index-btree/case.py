op.create_index("ix_t_a", "t", ["a"], unique=False, postgresql_using="btree")

op.create_index("ix_t_x", "t", ["x"], postgresql_using="gist", postgresql_with={"buffering": "on", "fillfactor": 80})

op.create_index("ix_t_name", "t", ["Name"], postgresql_ops={"Name": "text_pattern_ops"})

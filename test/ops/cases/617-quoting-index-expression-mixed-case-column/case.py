op.create_index("ix_t_Name", "t", ["Name", "other"])

op.create_index("ix_t_name_lower", "t", [sa.text("lower(name)")], postgresql_using="gin", postgresql_ops={"lower(name)": "gin_trgm_ops"})

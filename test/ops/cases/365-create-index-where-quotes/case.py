op.create_index("ix_t_active", "t", ["x"], unique=True, postgresql_where=sa.text("status = 'active'"))

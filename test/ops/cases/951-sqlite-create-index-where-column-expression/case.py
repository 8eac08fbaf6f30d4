op.create_index("ix_t_a", "t", ["a"], unique=True, sqlite_where=sa.column("deleted").is_(None))

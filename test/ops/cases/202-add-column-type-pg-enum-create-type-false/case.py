op.add_column("t", sa.Column("c", postgresql.ENUM("new", "open", name="status", create_type=False)))

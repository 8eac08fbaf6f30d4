op.add_column("t", sa.Column("c", postgresql.ENUM("new", "open", "closed", name="status")))

op.add_column("t", sa.Column("c", postgresql.TIME(timezone=True)))

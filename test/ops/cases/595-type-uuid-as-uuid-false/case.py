op.add_column("t", sa.Column("c", postgresql.UUID(as_uuid=False)))

op.add_column("t", sa.Column("c", sa.Integer(), nullable=False, server_default="0", sqlite_on_conflict_not_null="IGNORE"))

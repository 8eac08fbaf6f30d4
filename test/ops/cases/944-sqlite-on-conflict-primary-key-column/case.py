op.create_table("account", sa.Column("id", sa.Integer(), primary_key=True, sqlite_on_conflict_primary_key="IGNORE"))

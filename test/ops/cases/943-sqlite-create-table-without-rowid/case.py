op.create_table("account", sa.Column("id", sa.Integer(), primary_key=True), sqlite_with_rowid=False)

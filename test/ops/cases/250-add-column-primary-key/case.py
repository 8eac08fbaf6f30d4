op.add_column("account", sa.Column("id", sa.Integer(), primary_key=True))

op.add_column("account", sa.Column("email", sa.String(200), index=True))

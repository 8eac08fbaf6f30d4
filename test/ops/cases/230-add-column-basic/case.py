op.add_column("account", sa.Column("last_login", sa.DateTime()))

op.add_column("account", sa.Column("created_at", sa.DateTime(), server_default=sa.func.now()))

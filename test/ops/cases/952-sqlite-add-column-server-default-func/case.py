op.add_column("t", sa.Column("created_at", sa.DateTime(), server_default=sa.func.now()))

op.add_column("account", sa.Column("id2", postgresql.UUID(), server_default=sa.func.gen_random_uuid()))

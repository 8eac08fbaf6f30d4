op.alter_column("account", "name", type_=sa.String(100), existing_server_default="anon")

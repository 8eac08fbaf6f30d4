op.alter_column("account", "name", type_=sa.String(100), existing_type=sa.String(50))

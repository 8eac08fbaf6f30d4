op.alter_column("account", "name", type_=sa.String(100))

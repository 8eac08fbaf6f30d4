op.alter_column("account", "name", type_=sa.String(50, collation="C"), existing_type=sa.String(50))

op.alter_column("account", "active", type_=sa.Boolean(), existing_nullable=False)

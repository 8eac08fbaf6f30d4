op.alter_column("account", "code", type_=sa.String(8), existing_type=sa.String(4), existing_nullable=False)

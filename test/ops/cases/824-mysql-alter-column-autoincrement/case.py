op.alter_column("account", "id", autoincrement=True, existing_type=sa.Integer(), existing_nullable=False)

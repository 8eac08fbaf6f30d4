op.alter_column("account", "name", new_column_name="full_name", type_=sa.String(200), nullable=False)

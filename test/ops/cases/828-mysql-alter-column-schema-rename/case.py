op.alter_column("account", "name", new_column_name="title", existing_type=sa.String(50), schema="billing")

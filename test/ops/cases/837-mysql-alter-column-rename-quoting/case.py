op.alter_column("Account", "Order", new_column_name="rank", existing_type=sa.Integer())

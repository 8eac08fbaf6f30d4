op.alter_column("Account", "user", new_column_name="User Name", schema="Sales")

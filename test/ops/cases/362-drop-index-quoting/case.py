op.drop_index("IX User Name", table_name="user", schema="Auth")

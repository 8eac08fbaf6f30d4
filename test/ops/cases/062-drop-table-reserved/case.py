op.drop_table("user")

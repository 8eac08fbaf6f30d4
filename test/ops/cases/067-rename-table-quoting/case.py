op.rename_table("user", "User Accounts")

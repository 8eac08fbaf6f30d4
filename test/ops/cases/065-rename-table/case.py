op.rename_table("account", "customer")

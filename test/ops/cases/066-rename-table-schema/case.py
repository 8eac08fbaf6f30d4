op.rename_table("account", "customer", schema="billing")

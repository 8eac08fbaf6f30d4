op.drop_table("account", schema="billing")

op.drop_table("Account", schema="Billing")

op.drop_column("Account", "Note", schema="Billing")

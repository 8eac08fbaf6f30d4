op.drop_column("account", "note", schema="billing")

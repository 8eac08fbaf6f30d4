op.create_unique_constraint(None, "account", ["email"])

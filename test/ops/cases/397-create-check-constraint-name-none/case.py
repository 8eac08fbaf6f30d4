op.create_check_constraint(None, "account", "age >= 18")

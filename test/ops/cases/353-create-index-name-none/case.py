op.create_index(None, "account", ["name"])

op.create_primary_key(None, "account", ["id"])

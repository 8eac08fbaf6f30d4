op.create_foreign_key(None, "address", "user", ["user_id"], ["id"])

op.create_unique_constraint("uq order", "user", ["order", "Name"])

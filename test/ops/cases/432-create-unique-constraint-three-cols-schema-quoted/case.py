op.create_unique_constraint("uq", "My Table", ["a", "B", "select"], schema="My Schema")

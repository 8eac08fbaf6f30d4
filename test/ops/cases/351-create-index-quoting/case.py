op.create_index("IX User Name", "user", ["Name", "order"])

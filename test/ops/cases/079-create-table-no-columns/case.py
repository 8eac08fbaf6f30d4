op.create_table("empty")

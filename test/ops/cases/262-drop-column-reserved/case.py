op.drop_column("user", "order")

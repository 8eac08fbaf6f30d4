op.create_primary_key("pk", "group", ["user", "order"])

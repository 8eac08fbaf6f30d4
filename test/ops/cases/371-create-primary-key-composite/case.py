op.create_primary_key("pk_membership", "membership", ["user_id", "group_id"])

op.create_foreign_key("fk_address_user", "address", "user", ["user_id"], ["id"])

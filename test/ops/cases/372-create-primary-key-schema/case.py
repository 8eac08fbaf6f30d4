op.create_primary_key("pk_account", "account", ["id"], schema="billing")

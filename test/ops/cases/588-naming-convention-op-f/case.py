op.create_unique_constraint(op.f("uq_account_email"), "account", ["email"])
op.create_index(op.f("ix_account_name"), "account", ["name"])
op.create_foreign_key(op.f("fk_address_user_id_user"), "address", "user", ["user_id"], ["id"])
op.create_check_constraint(op.f("ck_account_age"), "account", "age > 0")

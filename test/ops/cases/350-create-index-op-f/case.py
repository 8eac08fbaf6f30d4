op.create_index(op.f("ix_account_name"), "account", ["name"])

op.create_check_constraint("ck_account_age", "account", "age >= 18", schema="billing")

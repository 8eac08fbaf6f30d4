op.create_check_constraint("ck_account_age", "account", sa.text("age >= 18 AND age < 150"))

op.drop_constraint("ck_account_age", "account", type_="check")

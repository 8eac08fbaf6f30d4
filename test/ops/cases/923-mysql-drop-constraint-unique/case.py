op.drop_constraint("uq_account_email", "account", type_="unique")

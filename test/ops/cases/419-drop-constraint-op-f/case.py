op.drop_constraint(op.f("uq_account_email"), "account", type_="unique")

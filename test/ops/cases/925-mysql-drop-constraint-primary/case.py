op.drop_constraint("pk_account", "account", type_="primary")

op.drop_table("account", if_exists=True)

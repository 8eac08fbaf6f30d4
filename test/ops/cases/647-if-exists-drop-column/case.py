op.drop_column("account", "age", if_exists=True)

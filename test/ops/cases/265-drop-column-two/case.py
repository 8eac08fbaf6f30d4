op.drop_column("account", "a")
op.drop_column("account", "b")

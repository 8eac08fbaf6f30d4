op.alter_column("account", "age", postgresql_using="age::integer")

op.create_table_comment("account", "All customer accounts")

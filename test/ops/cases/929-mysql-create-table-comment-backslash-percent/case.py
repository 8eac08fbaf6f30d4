op.create_table_comment("account", "50% of 'a\\b'")

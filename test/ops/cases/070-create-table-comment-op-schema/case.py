op.create_table_comment("account", "It's a table", schema="billing")

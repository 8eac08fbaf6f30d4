op.create_table_comment("account", "line one\nline two")

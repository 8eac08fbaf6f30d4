op.create_table_comment("account", "new comment", existing_comment="old comment")

op.drop_table_comment("account")

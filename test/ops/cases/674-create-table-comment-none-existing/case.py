op.create_table_comment("t", "c", existing_comment=None, schema="s")

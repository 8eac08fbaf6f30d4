op.drop_table_comment("account", existing_comment="old", schema="billing")

op.alter_column("user", "select", comment="it's \"quoted\"")
op.create_table_comment("order", "100% reserved")

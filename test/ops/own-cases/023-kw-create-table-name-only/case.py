op.create_table(table_name="empty")
op.create_table(table_name="empty2", schema="s", comment="nothing here")

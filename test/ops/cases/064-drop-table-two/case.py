op.drop_table("book")
op.drop_table("author")

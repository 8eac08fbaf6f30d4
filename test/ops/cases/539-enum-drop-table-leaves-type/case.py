op.drop_table("ticket")

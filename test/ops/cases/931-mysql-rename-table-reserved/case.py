op.rename_table("rank", "row")

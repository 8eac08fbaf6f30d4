op.rename_table("old", "table")

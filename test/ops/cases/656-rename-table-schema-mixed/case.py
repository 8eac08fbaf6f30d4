op.rename_table("OldName", "NewName", schema="Sales")

with op.batch_alter_table("link") as batch_op:
    batch_op.alter_column("weight", new_column_name="w")

with op.batch_alter_table("account") as batch_op:
    batch_op.drop_column("name")

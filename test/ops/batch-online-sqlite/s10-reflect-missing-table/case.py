with op.batch_alter_table("nosuch") as batch_op:
    batch_op.drop_column("x")

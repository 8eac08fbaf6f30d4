with op.batch_alter_table("doc") as batch_op:
    batch_op.alter_column("body", type_=sa.JSON())
    batch_op.alter_column("n", type_=sa.Integer())

with op.batch_alter_table("tt", recreate="always") as batch_op:
    batch_op.alter_column("val2", type_=sa.Integer())
    batch_op.drop_column("val2")
    batch_op.alter_column("a3", type_=sa.Integer())

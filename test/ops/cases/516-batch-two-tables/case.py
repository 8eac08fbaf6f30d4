with op.batch_alter_table("a") as batch_op:
    batch_op.add_column(sa.Column("x", sa.Integer()))
with op.batch_alter_table("b") as batch_op:
    batch_op.drop_column("y")

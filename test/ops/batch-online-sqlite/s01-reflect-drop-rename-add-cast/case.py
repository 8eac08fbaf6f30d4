with op.batch_alter_table("account") as batch_op:
    batch_op.drop_column("legacy")
    batch_op.alter_column("name", new_column_name="full_name")
    batch_op.add_column(sa.Column("x", sa.Integer()))
    batch_op.alter_column("score", type_=sa.Integer())

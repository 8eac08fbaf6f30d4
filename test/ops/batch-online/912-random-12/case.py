with op.batch_alter_table("tt", recreate="always") as batch_op:
    batch_op.alter_column("b3", type_=sa.Integer())
    batch_op.add_column(sa.Column("new1", sa.Integer()))
    batch_op.alter_column("val1", new_column_name="val1_r")

with op.batch_alter_table("tt", recreate="always") as batch_op:
    batch_op.alter_column("val1", new_column_name="val1_r")
    batch_op.alter_column("val2", type_=sa.Text())

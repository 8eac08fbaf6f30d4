with op.batch_alter_table("tt", recreate="always") as batch_op:
    batch_op.alter_column("a0", new_column_name="a0_r")
    batch_op.alter_column("a4", type_=sa.String(40))

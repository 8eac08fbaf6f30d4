with op.batch_alter_table("tt", recreate="always") as batch_op:
    batch_op.alter_column("c3", type_=sa.Text())

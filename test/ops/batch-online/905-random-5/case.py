with op.batch_alter_table("tt", recreate="always") as batch_op:
    batch_op.alter_column("note1", type_=sa.String(40))
    batch_op.drop_column("c0")

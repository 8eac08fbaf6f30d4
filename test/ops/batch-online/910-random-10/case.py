with op.batch_alter_table("tt", recreate="always") as batch_op:
    batch_op.alter_column("b1", type_=sa.String(40))
    batch_op.alter_column("ref_id", type_=sa.String(40))
    batch_op.alter_column("val0", nullable=True)

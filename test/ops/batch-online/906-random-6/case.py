with op.batch_alter_table("tt", recreate="always") as batch_op:
    batch_op.alter_column("val0", nullable=True)
    batch_op.alter_column("val0", nullable=True)

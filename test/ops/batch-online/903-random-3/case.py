with op.batch_alter_table("tt", recreate="always") as batch_op:
    batch_op.alter_column("val4", nullable=True)
    batch_op.alter_column("val5", nullable=True)

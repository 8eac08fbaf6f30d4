with op.batch_alter_table("account", recreate="never") as batch_op:
    batch_op.alter_column("name", nullable=False, existing_type=sa.String(50))

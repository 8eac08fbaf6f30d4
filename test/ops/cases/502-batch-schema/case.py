with op.batch_alter_table("account", schema="billing") as batch_op:
    batch_op.alter_column("name", nullable=False, existing_type=sa.String(50))
    batch_op.create_unique_constraint("uq_account_name", ["name"])

with op.batch_alter_table("account") as batch_op:
    batch_op.add_column(sa.Column("email", sa.String(200)))
    batch_op.alter_column("name", new_column_name="full_name", existing_type=sa.String(50))
    batch_op.drop_column("legacy")
    batch_op.create_index("ix_account_email", ["email"], unique=True)

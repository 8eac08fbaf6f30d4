with op.batch_alter_table("account") as batch_op:
    batch_op.add_column(sa.Column("email", sa.String(100), server_default="none"))
    batch_op.create_index("ix_account_email", ["email"])

with op.batch_alter_table("account") as batch_op:
    batch_op.drop_index("ix_account_email")

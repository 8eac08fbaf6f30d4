with op.batch_alter_table("account") as batch_op:
    batch_op.create_table_comment("accounts", existing_comment=None)
    batch_op.drop_table_comment(existing_comment="accounts")

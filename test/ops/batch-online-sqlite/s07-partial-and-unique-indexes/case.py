with op.batch_alter_table("account", recreate="always") as batch_op:
    batch_op.drop_index("ix_account_deleted")
    batch_op.add_column(sa.Column("note", sa.Text()))

with op.batch_alter_table(
    "post",
    copy_from=sa.Table(
        "post",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account_id", sa.Integer()),
    ),
) as batch_op:
    batch_op.create_foreign_key("fk_post_account", "account", ["account_id"], ["id"], ondelete="CASCADE")

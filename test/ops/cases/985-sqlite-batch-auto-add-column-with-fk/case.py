with op.batch_alter_table(
    "post",
    copy_from=sa.Table(
        "post",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("account_id", sa.Integer(), sa.ForeignKey("account.id", name="fk_post_account")))

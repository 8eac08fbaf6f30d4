with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value0", sa.JSON()),
        sa.Column("Mixed1", sa.String(50), nullable=False),
        sa.Column("name2", sa.JSON()),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("account.id")),
        sa.CheckConstraint("id > 0", name="ck_account_id"),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.Numeric(12, 3)))

with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("f0", sa.Numeric(10, 2), nullable=False),
        sa.Column("value1", sa.Float(), nullable=False, unique=True),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("account.id")),
        sa.Index("ix_account_parent_id", "parent_id"),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.Float()))
    batch_op.create_index("ix_new_value1", ["value1"])

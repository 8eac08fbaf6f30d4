with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50)),
    ),
) as batch_op:
    batch_op.create_index("ix_account_name", ["name"], unique=True)

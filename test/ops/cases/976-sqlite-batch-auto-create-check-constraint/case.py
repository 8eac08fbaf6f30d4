with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("age", sa.Integer()),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_account_age", "age >= 0")

with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("age", sa.Integer()),
        sa.CheckConstraint("age >= 0", name="ck_account_age"),
    ),
) as batch_op:
    batch_op.drop_constraint("ck_account_age", type_="check")

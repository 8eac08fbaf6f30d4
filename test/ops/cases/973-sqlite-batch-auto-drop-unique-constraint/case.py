with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(100)),
        sa.UniqueConstraint("email", name="uq_account_email"),
    ),
) as batch_op:
    batch_op.drop_constraint("uq_account_email", type_="unique")

with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("Mixed0", sa.BigInteger(), nullable=False),
        sa.Column("Mixed1", sa.Text()),
        sa.Column("a2", sa.Numeric(10, 2), nullable=False),
        sa.CheckConstraint("id > 0", name="ck_account_id"),
    ),
) as batch_op:
    batch_op.create_unique_constraint("uq_new_mixed0", ["Mixed0"])

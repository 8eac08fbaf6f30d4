with op.batch_alter_table(
    "account",
    schema="billing",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("n", sa.Integer()),
        schema="billing",
    ),
) as batch_op:
    batch_op.alter_column("n", type_=sa.BigInteger(), existing_type=sa.Integer())

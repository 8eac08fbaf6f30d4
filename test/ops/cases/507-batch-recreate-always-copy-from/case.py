with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50)),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("x", sa.Integer()))
    batch_op.alter_column("name", type_=sa.String(100))

with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50)),
        sa.Column("email", sa.String(100)),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("nick", sa.String(20)), insert_after="name")

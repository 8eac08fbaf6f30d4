with op.batch_alter_table(
    "account",
    recreate="always",
    table_kwargs={"sqlite_autoincrement": True},
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50)),
    ),
) as batch_op:
    batch_op.alter_column("name", nullable=False)

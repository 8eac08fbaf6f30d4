with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(5), sa.Computed("upper(code)")),
    ),
) as batch_op:
    batch_op.alter_column("id", autoincrement=False)
    batch_op.add_column(sa.Column("n", sa.Integer(), nullable=False, server_default="0"), insert_after="id")

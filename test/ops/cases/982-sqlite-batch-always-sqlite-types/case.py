with op.batch_alter_table(
    "event",
    recreate="always",
    copy_from=sa.Table(
        "event",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.String(30)),
        sa.Column("payload", sa.Text()),
    ),
) as batch_op:
    batch_op.alter_column("at", type_=sqlite.DATETIME())
    batch_op.alter_column("payload", type_=sqlite.JSON())

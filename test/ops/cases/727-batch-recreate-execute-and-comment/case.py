with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        comment="old comment",
    ),
) as batch_op:
    batch_op.add_column(sa.Column("n", sa.Integer()))
    batch_op.execute("UPDATE t SET id = id")
    batch_op.create_table_comment("new comment")

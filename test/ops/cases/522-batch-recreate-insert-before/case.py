with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("b", sa.Integer()),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("a", sa.Integer()), insert_before="b")

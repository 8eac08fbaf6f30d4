with op.batch_alter_table(
    "t",
    recreate="always",
    partial_reordering=[("c", "b")],
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("b", sa.Integer()),
        sa.Column("c", sa.Integer()),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("a", sa.Integer()), insert_after="id")
    batch_op.add_column(sa.Column("z", sa.Integer()))

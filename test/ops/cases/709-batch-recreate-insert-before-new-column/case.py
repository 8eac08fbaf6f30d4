with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("x", sa.Integer()),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("q", sa.Integer()))
    batch_op.add_column(sa.Column("p", sa.Integer()), insert_before="q")
    batch_op.add_column(sa.Column("w", sa.Numeric(10, 2)), insert_after="id")
    batch_op.alter_column("x", type_=sa.Numeric(10, 2))

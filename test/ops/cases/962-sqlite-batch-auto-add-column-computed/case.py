with op.batch_alter_table(
    "line",
    copy_from=sa.Table(
        "line",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("price", sa.Integer()),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("double", sa.Integer(), sa.Computed("price * 2")))

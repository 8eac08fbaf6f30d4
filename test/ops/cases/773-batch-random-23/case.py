with op.batch_alter_table(
    "order",
    recreate="always",
    copy_from=sa.Table(
        "order",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("e0", postgresql.UUID()),
        sa.Column("a1", sa.Numeric(10, 2), unique=True),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("order.id")),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.Numeric(12, 3)))
    batch_op.alter_column("a1", new_column_name="a1_r")

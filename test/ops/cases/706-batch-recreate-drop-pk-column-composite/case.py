with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("a", sa.Integer(), primary_key=True),
        sa.Column("b", sa.Integer(), primary_key=True),
        sa.Column("v", sa.Text()),
    ),
) as batch_op:
    batch_op.drop_column("b")
    batch_op.alter_column("v", type_=sa.Integer(), nullable=False)

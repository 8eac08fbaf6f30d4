with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("x", sa.Integer(), sa.CheckConstraint("x > 0", name="ck_t_x")),
        sa.Column("y", sa.Integer(), sa.CheckConstraint("y > 0")),
    ),
) as batch_op:
    batch_op.drop_constraint("ck_t_x", type_="check")

with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("x", sa.Integer()),
        sa.UniqueConstraint("x", name="uq_t_x"),
    ),
) as batch_op:
    batch_op.drop_constraint("uq_t_x", type_="unique")

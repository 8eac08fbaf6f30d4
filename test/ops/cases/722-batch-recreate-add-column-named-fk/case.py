with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("pid", sa.Integer(), sa.ForeignKey("p.id", name="fk_t_p"), comment="parent"))
    batch_op.create_check_constraint("ck_t_pid", sa.text("pid > 0"))

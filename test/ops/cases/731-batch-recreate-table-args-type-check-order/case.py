with op.batch_alter_table(
    "t",
    recreate="always",
    table_args=(sa.CheckConstraint("n > 0", name="ck_args"),),
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("n", sa.Integer()),
        sa.Column("kind", sa.Enum("a", "b", name="kind", native_enum=False, create_constraint=True)),
        sa.UniqueConstraint("n", name="uq_t_n"),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_added", "n < 100")

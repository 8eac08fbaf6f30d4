with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer()),
        sa.UniqueConstraint("id", name="uq_t_id"),
        sa.CheckConstraint("id > 0", name="ck_t_id"),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("t.id", name="fk_t_parent")),
        sa.PrimaryKeyConstraint("id", name="pk_t"),
        sa.Column("u", sa.Integer(), unique=True),
        sa.Column("kind", sa.Enum("a", "b", name="kind", native_enum=False, create_constraint=True)),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("z", sa.Integer()))

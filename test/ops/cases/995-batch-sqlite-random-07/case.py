with op.batch_alter_table(
    "order",
    recreate="always",
    table_kwargs={"sqlite_autoincrement": True},
    copy_from=sa.Table(
        "order",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("a0", sa.BigInteger(), comment="c a0"),
        sa.Column("d1", sa.Integer(), nullable=False, index=True),
        sa.Column("d2", sa.JSON()),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("order.id")),
        sa.CheckConstraint("id > 0", name="ck_order_id"),
        sa.Index("ix_order_d2", "d2"),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_new_0", "id >= 0")

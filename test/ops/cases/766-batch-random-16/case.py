with op.batch_alter_table(
    "order",
    recreate="always",
    copy_from=sa.Table(
        "order",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name0", sa.Numeric(10, 2)),
        sa.Column("d1", sa.Integer(), sa.ForeignKey("other.id", name="fk_order_d1"), nullable=False),
        sa.Column("e2", sa.Integer(), unique=True),
        sa.Column("e3", sa.Numeric(10, 2), index=True),
        sa.Column("value4", postgresql.UUID()),
        sa.Column("mood", sa.Enum("a", "b", name="e_16")),
        sa.UniqueConstraint("e2", name="uq_order_e2"),
        sa.CheckConstraint("id > 0", name="ck_order_id"),
        sa.Index("ix_order_e3_name0", "e3", "name0", unique=True),
    ),
) as batch_op:
    batch_op.drop_index("ix_order_e3_name0")
    batch_op.create_index("ix_new_e3", ["e3"])
    batch_op.add_column(sa.Column("new0", sa.Float()))
    batch_op.create_index("ix_new_mood", ["mood"])

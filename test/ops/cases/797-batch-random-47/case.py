with op.batch_alter_table(
    "order",
    recreate="always",
    copy_from=sa.Table(
        "order",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value0", sa.DateTime(timezone=True), nullable=False),
        sa.Column("a1", sa.String(20), nullable=False, index=True),
        sa.UniqueConstraint("value0", name="uq_order_value0"),
        sa.CheckConstraint("id > 0", name="ck_order_id"),
    ),
) as batch_op:
    batch_op.create_unique_constraint("uq_new_a1", ["a1"])

with op.batch_alter_table(
    "order",
    schema="s1",
    recreate="always",
    copy_from=sa.Table(
        "order",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("c0", sa.Numeric(10, 2)),
        sa.Column("b1", sa.Boolean(), server_default=sa.text("false"), comment="c b1"),
        sa.Column("e2", sa.String(50), nullable=False),
        sa.Column("value3", postgresql.UUID()),
        sa.Index("ix_order_e2_value3", "e2", "value3", unique=True),
        schema="s1",
    ),
) as batch_op:
    batch_op.drop_index("ix_order_e2_value3")
    batch_op.create_unique_constraint("uq_new_b1", ["b1"])
    batch_op.create_index("ix_new_value3", ["value3"])

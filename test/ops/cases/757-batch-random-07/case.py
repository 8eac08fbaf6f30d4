with op.batch_alter_table(
    "order",
    recreate="always",
    copy_from=sa.Table(
        "order",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("a0", sa.SmallInteger(), comment="c a0"),
        sa.Column("d1", sa.BigInteger(), nullable=False),
        sa.Column("a2", sa.String(20), unique=True),
        sa.Column("mood", sa.Enum("a", "b", name="e_7")),
        sa.UniqueConstraint("mood", name="uq_order_mood"),
        sa.CheckConstraint("id > 0", name="ck_order_id"),
        sa.Index("ix_order_a0", "a0"),
    ),
) as batch_op:
    batch_op.alter_column("a0", new_column_name="a0_r")
    batch_op.create_unique_constraint("uq_new_d1", ["d1"])

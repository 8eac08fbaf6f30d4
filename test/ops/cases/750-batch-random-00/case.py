with op.batch_alter_table(
    "Item",
    recreate="always",
    copy_from=sa.Table(
        "Item",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("Mixed0", sa.Interval()),
        sa.Column("d1", sa.Time(), nullable=False, comment="c d1", unique=True),
        sa.Column("Mixed2", sa.String(50)),
        sa.Column("value3", sa.String(20)),
        sa.Column("value4", sa.Time(), nullable=False, index=True),
        sa.Index("ix_item_mixed2_d1", "Mixed2", "d1"),
    ),
) as batch_op:
    batch_op.alter_column("value4", type_=sa.BigInteger())

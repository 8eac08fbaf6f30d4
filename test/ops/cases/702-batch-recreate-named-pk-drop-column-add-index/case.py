with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer()),
        sa.Column("old", sa.String(10)),
        sa.Column("keep", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_t"),
        sa.UniqueConstraint("old", name="uq_t_old"),
        sa.Index("ix_t_old", "old"),
    ),
) as batch_op:
    batch_op.drop_column("old")
    batch_op.add_column(sa.Column("n", sa.Integer(), index=True))
    batch_op.create_index("ix_t_keep", ["keep"])

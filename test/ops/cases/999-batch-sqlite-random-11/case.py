with op.batch_alter_table(
    "Item",
    partial_reordering=[("c1", "d0")],
    table_kwargs={"sqlite_autoincrement": True},
    copy_from=sa.Table(
        "Item",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("d0", sa.String(20)),
        sa.Column("c1", sa.BigInteger()),
        sa.Column("name2", sa.Float(), index=True),
        sa.Column("Mixed3", sa.BigInteger(), nullable=False, index=True),
        sa.Column("value4", sa.Boolean()),
        sa.UniqueConstraint("value4"),
    ),
) as batch_op:
    batch_op.create_index("ix_new_d0", ["d0"])
    batch_op.add_column(sa.Column("new0", sa.Text()))

with op.batch_alter_table(
    "Item",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "Item",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("d0", sa.Date(), nullable=False, comment="c d0", unique=True),
        sa.Column("Mixed1", sa.Date()),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("Item.id")),
        sa.Index("ix_item_parent_id", "parent_id", unique=True),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.String(30)), insert_after="d0")
    batch_op.alter_column("d0", server_default=None)
    batch_op.create_index("ix_new_mixed1", ["Mixed1"])

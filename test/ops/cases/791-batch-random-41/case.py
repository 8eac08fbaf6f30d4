with op.batch_alter_table(
    "Item",
    schema="s1",
    recreate="always",
    copy_from=sa.Table(
        "Item",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("c0", postgresql.JSONB()),
        sa.Column("a1", sa.Numeric(10, 2)),
        sa.Column("c2", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("a3", postgresql.UUID()),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("Item.id")),
        sa.CheckConstraint("id > 0", name="ck_item_id"),
        schema="s1",
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.String(30)))
    batch_op.alter_column("a1", new_column_name="a1_r")

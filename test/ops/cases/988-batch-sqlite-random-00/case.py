with op.batch_alter_table(
    "Item",
    copy_from=sa.Table(
        "Item",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("Mixed0", sa.Float()),
        sa.Column("d1", sa.Date(), nullable=False, comment="c d1", unique=True),
        sa.Column("Mixed2", sqlite.DATETIME()),
        sa.Column("f3", sa.Float()),
        sa.Column("d4", sa.Date()),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("Item.id")),
        sa.CheckConstraint("id > 0", name="ck_item_id"),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_new_0", "id >= 0")

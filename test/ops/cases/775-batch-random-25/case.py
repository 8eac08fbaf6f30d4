with op.batch_alter_table(
    "Item",
    recreate="always",
    copy_from=sa.Table(
        "Item",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("e0", sa.Interval(), nullable=False),
        sa.Column("name1", sa.String(20), server_default="x"),
        sa.CheckConstraint("id > 0", name="ck_item_id"),
        sa.Index("ix_item_e0_name1", "e0", "name1"),
    ),
) as batch_op:
    batch_op.alter_column("name1", server_default="1")
    batch_op.drop_constraint("ck_item_id")
    batch_op.create_check_constraint("ck_new_2", "id >= 0")

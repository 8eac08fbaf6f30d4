with op.batch_alter_table(
    "order",
    recreate="always",
    copy_from=sa.Table(
        "order",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer()),
        sa.Column("id2", sa.Integer()),
        sa.Column("e0", sa.SmallInteger(), nullable=False),
        sa.Column("name1", sa.JSON()),
        sa.PrimaryKeyConstraint("id", "id2"),
        sa.CheckConstraint("id > 0", name="ck_order_id"),
        sa.Index("ix_order_e0_name1", "e0", "name1", unique=True),
    ),
) as batch_op:
    batch_op.drop_index("ix_order_e0_name1")
    batch_op.add_column(sa.Column("new0", sa.Numeric(12, 3)))
    batch_op.alter_column("name1", server_default="1")

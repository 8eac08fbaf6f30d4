with op.batch_alter_table(
    "Item",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "Item",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("c0", sa.Integer()),
        sa.Column("name1", sa.Text()),
        sa.Column("b2", sa.String(50)),
        sa.Column("name3", sa.String(20), server_default="x"),
        sa.UniqueConstraint("b2"),
        sa.CheckConstraint("id > 0", name="ck_item_id"),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.Text()))
    batch_op.create_index("ix_new_name1", ["name1"])
    batch_op.add_column(sa.Column("new1", sa.BigInteger()))
    batch_op.alter_column("new1", server_default="1")

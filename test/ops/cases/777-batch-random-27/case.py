with op.batch_alter_table(
    "Item",
    recreate="always",
    copy_from=sa.Table(
        "Item",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer()),
        sa.Column("id2", sa.Integer()),
        sa.Column("d0", sa.SmallInteger(), nullable=False),
        sa.Column("name1", sa.Text(), nullable=False, server_default=sa.text("''")),
        sa.Column("b2", postgresql.UUID()),
        sa.Column("a3", sa.Interval(), nullable=False),
        sa.PrimaryKeyConstraint("id", "id2", name="pk_item"),
        sa.UniqueConstraint("b2"),
        sa.Index("ix_item_name1", "name1"),
    ),
) as batch_op:
    batch_op.alter_column("d0", nullable=True)
    batch_op.drop_constraint("pk_item")

with op.batch_alter_table(
    "Item",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "Item",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("d0", sa.Text()),
        sa.Column("c1", sa.SmallInteger()),
        sa.Column("name2", sa.LargeBinary(), index=True),
        sa.Column("Mixed3", sa.SmallInteger(), nullable=False, index=True),
        sa.Column("value4", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("name2", name="uq_item_name2"),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.String(30)))

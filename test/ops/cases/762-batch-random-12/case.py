with op.batch_alter_table(
    "Item",
    recreate="always",
    copy_from=sa.Table(
        "Item",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("f0", sa.String(50)),
        sa.Column("value1", sa.Numeric(10, 2), unique=True),
        sa.Column("c2", sa.DateTime(timezone=True), comment="c c2", index=True),
        sa.Column("f3", postgresql.JSONB(), comment="c f3"),
        sa.Index("ix_item_value1_c2", "value1", "c2"),
    ),
) as batch_op:
    batch_op.drop_index("ix_item_value1_c2")
    batch_op.create_unique_constraint("uq_new_value1", ["value1"])

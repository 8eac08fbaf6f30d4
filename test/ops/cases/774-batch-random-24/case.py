with op.batch_alter_table(
    "Item",
    schema="s1",
    recreate="always",
    copy_from=sa.Table(
        "Item",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("c0", sa.Boolean(), nullable=False),
        sa.Column("e1", sa.Integer(), unique=True),
        sa.Column("value2", sa.Date()),
        sa.CheckConstraint("id > 0", name="ck_item_id"),
        schema="s1",
    ),
) as batch_op:
    batch_op.alter_column("e1", type_=sa.String(30))

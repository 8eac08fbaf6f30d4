with op.batch_alter_table(
    "Item",
    recreate="always",
    copy_from=sa.Table(
        "Item",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("c0", sa.LargeBinary()),
        sa.Column("f1", sa.Date()),
        sa.Column("value2", sqlite.DATETIME(), unique=True, index=True),
        sa.Column("b3", sqlite.JSON()),
        sa.Column("mood", sa.Enum("a", "b", name="e_9")),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.BigInteger()))
    batch_op.add_column(sa.Column("new1", sa.Integer()))
    batch_op.alter_column("c0", server_default=None)

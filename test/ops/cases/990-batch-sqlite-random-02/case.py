with op.batch_alter_table(
    "t",
    copy_from=sa.Table(
        "t",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("c0", sqlite.DATETIME()),
        sa.Column("a1", sa.DateTime()),
    ),
) as batch_op:
    batch_op.create_index("ix_new_a1", ["a1"])
    batch_op.alter_column("a1", server_default=sa.text("CURRENT_TIMESTAMP"))
    batch_op.drop_column("c0")

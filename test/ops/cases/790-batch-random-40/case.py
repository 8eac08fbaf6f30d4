with op.batch_alter_table(
    "Item",
    recreate="always",
    copy_from=sa.Table(
        "Item",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("d0", sa.String(50)),
        sa.Column("Mixed1", sa.String(50), nullable=False),
        sa.Column("mood", sa.Enum("a", "b", name="e_40", native_enum=False, create_constraint=True)),
        sa.UniqueConstraint("Mixed1", name="uq_item_Mixed1"),
    ),
) as batch_op:
    batch_op.alter_column("d0", server_default=None)

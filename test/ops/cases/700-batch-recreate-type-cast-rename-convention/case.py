meta = sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s"})
with op.batch_alter_table(
    "item",
    recreate="always",
    copy_from=sa.Table(
        "item",
        meta,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.Integer()),
        sa.Column("label", sa.String(20)),
        sa.UniqueConstraint("label"),
        sa.Index(None, "code"),
    ),
) as batch_op:
    batch_op.alter_column("code", type_=sa.String(20), existing_type=sa.Integer())
    batch_op.alter_column("label", new_column_name="title", server_default="x", comment="the title")

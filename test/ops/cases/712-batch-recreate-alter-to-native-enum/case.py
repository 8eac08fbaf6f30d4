with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("status", sa.String(10)),
        sa.Column("kind", sa.Enum("x", "y", name="kind")),
    ),
) as batch_op:
    batch_op.alter_column("status", type_=sa.Enum("on", "off", name="status_enum"), existing_type=sa.String(10))
    batch_op.drop_column("kind", existing_type=sa.Enum("x", "y", name="kind"))

with op.batch_alter_table(
    "t",
    schema="s",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("m", sa.Enum("x", "y", name="m_enum", inherit_schema=True)),
        sa.Column("n", sa.Enum("x", "y", name="n_enum", schema="other")),
        schema="s",
    ),
) as batch_op:
    batch_op.alter_column("id", nullable=True)

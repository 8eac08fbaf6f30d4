with op.batch_alter_table(
    "t",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("c0", sa.Numeric(10, 2), nullable=False),
        sa.Column("name1", sa.Text(), server_default=sa.text("''"), unique=True),
        sa.Column("b2", postgresql.UUID(), index=True),
        sa.Index("ix_t_b2", "b2"),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.Float()))
    batch_op.alter_column("b2", nullable=True)

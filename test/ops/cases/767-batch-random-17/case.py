with op.batch_alter_table(
    "user_data",
    recreate="always",
    partial_reordering=[("a1", "f0")],
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(),
        sa.Column("id", sa.Integer()),
        sa.Column("id2", sa.Integer()),
        sa.Column("f0", sa.Date(), nullable=False),
        sa.Column("a1", sa.Numeric(10, 2)),
        sa.Column("f2", postgresql.JSONB(), nullable=False, unique=True),
        sa.Column("d3", sa.String(50)),
        sa.Column("f4", sa.String(20), unique=True),
        sa.PrimaryKeyConstraint("id", "id2", name="pk_user_data"),
    ),
) as batch_op:
    batch_op.alter_column("f2", server_default=sa.text("now()"))

with op.batch_alter_table(
    "user_data",
    recreate="always",
    partial_reordering=[("e1", "f0")],
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("f0", sa.String(50), nullable=False),
        sa.Column("e1", sa.JSON(), index=True),
        sa.Column("a2", sa.Time(), nullable=False, index=True),
        sa.Column("value3", sa.BigInteger(), nullable=False, unique=True),
        sa.UniqueConstraint("a2", name="uq_user_data_a2"),
        sa.CheckConstraint("id > 0", name="ck_user_data_id"),
    ),
) as batch_op:
    batch_op.create_index("ix_new_a2", ["a2"])
    batch_op.alter_column("value3", server_default="1")
    batch_op.alter_column("value3", nullable=True)
    batch_op.add_column(sa.Column("new0", sa.Text()), insert_after="id")

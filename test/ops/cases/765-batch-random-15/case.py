with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("a0", sa.Text(), server_default=sa.text("''"), comment="c a0", index=True),
        sa.Column("f1", sa.Numeric(10, 2), nullable=False),
        sa.UniqueConstraint("f1"),
        sa.CheckConstraint("id > 0", name="ck_account_id"),
    ),
) as batch_op:
    batch_op.alter_column("f1", type_=sa.Float())
    batch_op.alter_column("f1", server_default="1")
    batch_op.create_index("ix_new_f1", ["f1"])
    batch_op.create_index("ix_new_f1", ["f1"])

with op.batch_alter_table(
    "account",
    recreate="always",
    partial_reordering=[("f1", "d0")],
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("d0", sa.Numeric(10, 2)),
        sa.Column("f1", sa.Text(), server_default=sa.text("''")),
        sa.Column("b2", postgresql.UUID(), unique=True),
        sa.Column("e3", sa.Float()),
        sa.Column("mood", sa.Enum("a", "b", name="e_39", native_enum=False, create_constraint=True)),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("account.id")),
        sa.UniqueConstraint("mood"),
    ),
) as batch_op:
    batch_op.alter_column("b2", new_column_name="b2_r")
    batch_op.alter_column("b2_r", server_default=None)
    batch_op.create_index("ix_new_f1", ["f1"])
    batch_op.create_unique_constraint("uq_new_mood", ["mood"])

with op.batch_alter_table(
    "account",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name0", sa.Interval(), nullable=False, comment="c name0"),
        sa.Column("a1", sa.Numeric(10, 2)),
        sa.Column("e2", sa.Boolean(), server_default=sa.text("false")),
        sa.Column("c3", sa.Date(), nullable=False),
        sa.UniqueConstraint("c3", name="uq_account_c3"),
        sa.CheckConstraint("id > 0", name="ck_account_id"),
        sa.Index("ix_account_e2", "e2", unique=True),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_new_0", "id >= 0")
    batch_op.drop_index("ix_account_e2")
    batch_op.create_unique_constraint("uq_new_a1", ["a1"])

with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value0", sqlite.JSON(), index=True),
        sa.Column("a1", sa.Time(), index=True),
        sa.UniqueConstraint("value0"),
        sa.CheckConstraint("id > 0", name="ck_account_id"),
        sa.Index("ix_account_a1", "a1"),
    ),
) as batch_op:
    batch_op.create_unique_constraint("uq_new_value0", ["value0"])

with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value0", sa.LargeBinary()),
        sa.Column("name1", postgresql.UUID()),
        sa.UniqueConstraint("name1", name="uq_account_name1"),
        sa.CheckConstraint("id > 0", name="ck_account_id"),
        sa.Index("ix_account_value0_name1", "value0", "name1"),
    ),
) as batch_op:
    batch_op.create_index("ix_new_name1", ["name1"])
    batch_op.create_unique_constraint("uq_new_value0", ["value0"])

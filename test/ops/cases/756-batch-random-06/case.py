with op.batch_alter_table(
    "user_data",
    schema="s1",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("e0", sa.BigInteger(), nullable=False),
        sa.Column("f1", sa.DateTime(timezone=True)),
        sa.CheckConstraint("id > 0", name="ck_user_data_id"),
        sa.Index("ix_user_data_e0_f1", "e0", "f1"),
        schema="s1",
    ),
) as batch_op:
    batch_op.alter_column("f1", new_column_name="f1_r")

with op.batch_alter_table(
    "user_data",
    schema="s1",
    recreate="always",
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(),
        sa.Column("id", sa.Integer()),
        sa.Column("id2", sa.Integer()),
        sa.Column("Mixed0", sa.BigInteger(), index=True),
        sa.Column("value1", sa.Date(), index=True),
        sa.PrimaryKeyConstraint("id", "id2", name="pk_user_data"),
        sa.UniqueConstraint("value1"),
        sa.Index("ix_user_data_mixed0_value1", "Mixed0", "value1"),
        schema="s1",
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.Integer()))

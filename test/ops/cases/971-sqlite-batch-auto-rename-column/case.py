with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Index("ix_account_name", "name"),
    ),
) as batch_op:
    batch_op.alter_column("name", new_column_name="full_name")

with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("legacy", sa.Text()),
        sa.Column("email", sa.String(100)),
    ),
) as batch_op:
    batch_op.drop_column("legacy")
    batch_op.alter_column("name", new_column_name="full_name")
    batch_op.alter_column("email", nullable=False)

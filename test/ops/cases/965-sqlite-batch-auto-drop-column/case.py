with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50)),
        sa.Column("legacy", sa.Integer()),
    ),
) as batch_op:
    batch_op.drop_column("legacy")

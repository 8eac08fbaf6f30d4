with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("score", sa.Integer(), server_default="0"),
        sa.Column("created_at", sa.DateTime()),
    ),
) as batch_op:
    batch_op.alter_column("score", server_default=None)
    batch_op.alter_column("created_at", server_default=sa.func.now())

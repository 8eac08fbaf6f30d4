with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("prefs", sa.Text()),
    ),
) as batch_op:
    batch_op.alter_column("prefs", type_=sqlite.JSON())

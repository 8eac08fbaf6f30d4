with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
    ),
) as batch_op:
    batch_op.drop_constraint("uq_nope", type_="unique")

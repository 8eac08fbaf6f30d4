with op.batch_alter_table(
    "a_really_long_table_name_that_goes_on_and_on_forever",
    recreate="always",
    table_args=(sa.Index("ix_long_n", "n"), sa.UniqueConstraint("n", name="uq_long_n")),
    copy_from=sa.Table(
        "a_really_long_table_name_that_goes_on_and_on_forever",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("n", sa.Integer()),
    ),
) as batch_op:
    batch_op.alter_column("n", nullable=False)

with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value0", sa.Text(), index=True),
        sa.Column("e1", sa.BigInteger()),
        sa.Column("name2", sa.BigInteger(), comment="c name2"),
        sa.Column("mood", sa.Enum("a", "b", name="e_22")),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.String(30)))

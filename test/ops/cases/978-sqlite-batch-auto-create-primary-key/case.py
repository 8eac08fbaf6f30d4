with op.batch_alter_table(
    "pair",
    copy_from=sa.Table(
        "pair",
        sa.MetaData(),
        sa.Column("a", sa.Integer(), nullable=False),
        sa.Column("b", sa.Integer(), nullable=False),
    ),
) as batch_op:
    batch_op.create_primary_key("pk_pair", ["a", "b"])

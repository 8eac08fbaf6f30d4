with op.batch_alter_table(
    "t",
    recreate="always",
    table_kwargs={"comment": "a table"},
    table_args=(sa.CheckConstraint("n > 0", name="ck_t_n"),),
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("n", sa.Integer(), comment="count", unique=True),
        sa.Index("ix_t_n", "n"),
        sa.Index("ix_t_id_n", "id", "n", unique=True),
    ),
) as batch_op:
    batch_op.drop_index("ix_t_n")

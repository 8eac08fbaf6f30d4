with op.batch_alter_table(
    "order",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "order",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("b0", sa.Date(), comment="c b0", unique=True),
        sa.Column("b1", sa.Date(), index=True),
        sa.Column("e2", sa.String(50), nullable=False, index=True),
        sa.Column("name3", sa.String(50)),
        sa.Column("f4", sa.String(20), server_default="x"),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_new_0", "id >= 0")
    batch_op.add_column(sa.Column("new0", sa.Integer()))
    batch_op.create_index("ix_new_e2", ["e2"])

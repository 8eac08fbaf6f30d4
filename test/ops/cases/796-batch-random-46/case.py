with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("d0", sa.Time(), nullable=False, index=True),
        sa.Column("f1", sa.BigInteger(), comment="c f1"),
        sa.Column("b2", postgresql.JSONB()),
        sa.Column("b3", sa.LargeBinary(), unique=True),
        sa.Column("Mixed4", sa.LargeBinary(), unique=True),
        sa.Column("mood", sa.Enum("a", "b", name="e_46")),
        sa.UniqueConstraint("b2", name="uq_t_b2"),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_new_0", "id >= 0")
    batch_op.add_column(sa.Column("new0", sa.Boolean()))

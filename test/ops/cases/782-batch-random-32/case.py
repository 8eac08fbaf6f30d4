with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("d0", sa.Interval(), nullable=False, comment="c d0"),
        sa.Column("a1", sa.Time()),
        sa.Column("Mixed2", sa.String(50)),
        sa.Column("mood", sa.Enum("a", "b", name="e_32", native_enum=False, create_constraint=True)),
        sa.UniqueConstraint("d0"),
        sa.CheckConstraint("id > 0", name="ck_t_id"),
        sa.Index("ix_t_mood", "mood", unique=True),
    ),
) as batch_op:
    batch_op.create_unique_constraint("uq_new_mixed2", ["Mixed2"])

with op.batch_alter_table(
    "t",
    schema="s1",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("c0", sa.LargeBinary(), unique=True),
        sa.Column("a1", sa.Time()),
        sa.Column("name2", postgresql.JSONB(), nullable=False),
        sa.Column("b3", sa.Text()),
        sa.UniqueConstraint("c0", name="uq_t_c0"),
        sa.CheckConstraint("id > 0", name="ck_t_id"),
        sa.Index("ix_t_c0_name2", "c0", "name2"),
        schema="s1",
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.String(30)), insert_after="name2")

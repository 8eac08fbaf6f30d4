with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("e0", sa.Date()),
        sa.Column("name1", postgresql.JSONB(), comment="c name1"),
        sa.Column("f2", sa.Float()),
        sa.UniqueConstraint("e0", name="uq_t_e0"),
        sa.CheckConstraint("id > 0", name="ck_t_id"),
        sa.Index("ix_t_name1", "name1"),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_new_0", "id >= 0")
    batch_op.add_column(sa.Column("new0", sa.BigInteger()), insert_before="f2")
    batch_op.add_column(sa.Column("new1", sa.Boolean()), insert_after="id")
    batch_op.alter_column("f2", type_=sa.Text())

with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name0", sa.JSON(), unique=True),
        sa.Column("e1", postgresql.UUID(), unique=True),
        sa.UniqueConstraint("name0"),
        sa.CheckConstraint("id > 0", name="ck_t_id"),
        sa.Index("ix_t_name0", "name0"),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_new_0", "id >= 0")

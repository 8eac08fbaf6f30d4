with op.batch_alter_table(
    "user_data",
    recreate="always",
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("d0", sa.Integer(), sa.ForeignKey("other.id", name="fk_user_data_d0")),
        sa.Column("c1", sa.String(20), nullable=False, index=True),
        sa.Column("a2", sa.JSON(), nullable=False),
        sa.Column("c3", sa.Date(), nullable=False),
        sa.UniqueConstraint("c3", name="uq_user_data_c3"),
        sa.Index("ix_user_data_c3", "c3", unique=True),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_new_0", "id >= 0")

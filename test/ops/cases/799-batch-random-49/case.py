with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("b0", sa.DateTime(timezone=True), unique=True, index=True),
        sa.Column("e1", sa.String(50), comment="c e1"),
        sa.Column("e2", sa.JSON(), unique=True),
        sa.Column("name3", sa.DateTime(timezone=True)),
        sa.Index("ix_t_e2", "e2"),
    ),
) as batch_op:
    batch_op.drop_column("name3")
    batch_op.alter_column("e1", type_=sa.String(30))
    batch_op.create_check_constraint("ck_new_2", "id >= 0")

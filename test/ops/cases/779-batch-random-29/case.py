with op.batch_alter_table(
    "user_data",
    recreate="always",
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("e0", sa.SmallInteger()),
        sa.Column("b1", sa.LargeBinary(), unique=True),
        sa.CheckConstraint("id > 0", name="ck_user_data_id"),
    ),
) as batch_op:
    batch_op.alter_column("b1", server_default=sa.text("now()"))
    batch_op.drop_constraint("ck_user_data_id")

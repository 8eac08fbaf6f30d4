with op.batch_alter_table(
    "address",
    recreate="always",
    copy_from=sa.Table(
        "address",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id", name="fk_address_user")),
        sa.Column("zip", sa.String(10)),
        sa.UniqueConstraint("zip", name="uq_address_zip"),
        sa.Index("ix_address_user_id", "user_id"),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_zip", "length(zip) = 5")
    batch_op.add_column(sa.Column("city", sa.String(50), server_default="?"))

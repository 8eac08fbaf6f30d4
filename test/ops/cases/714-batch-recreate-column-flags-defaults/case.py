with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.BigInteger(), sa.Identity(start=10), primary_key=True),
        sa.Column("u", sa.String(20), unique=True),
        sa.Column("ix", sa.Integer(), index=True),
        sa.Column("ts", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("flag", sa.Boolean(), server_default=sa.text("false")),
        sa.CheckConstraint("ix > 0", name="ck_t_ix"),
    ),
) as batch_op:
    batch_op.alter_column("flag", server_default=None, nullable=False)
    batch_op.alter_column("ts", server_default=sa.text("CURRENT_TIMESTAMP"))

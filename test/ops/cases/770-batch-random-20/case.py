with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("b0", sa.DateTime(timezone=True)),
        sa.Column("b1", sa.String(50)),
        sa.Column("f2", sa.DateTime(timezone=True), comment="c f2"),
        sa.Column("name3", sa.SmallInteger(), nullable=False, index=True),
        sa.Column("mood", sa.Enum("a", "b", name="e_20", native_enum=False, create_constraint=True)),
        sa.UniqueConstraint("mood", name="uq_account_mood"),
        sa.CheckConstraint("id > 0", name="ck_account_id"),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_new_0", "id >= 0")
    batch_op.alter_column("b0", type_=sa.Integer())

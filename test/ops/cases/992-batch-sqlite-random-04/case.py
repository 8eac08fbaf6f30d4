with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name0", sa.Float(), nullable=False, comment="c name0"),
        sa.Column("a1", sa.String(50)),
        sa.Column("e2", sa.String(50), comment="c e2"),
        sa.Column("e3", sa.String(50), nullable=False),
        sa.CheckConstraint("id > 0", name="ck_account_id"),
        sa.Index("ix_account_a1", "a1", unique=True),
    ),
) as batch_op:
    batch_op.create_index("ix_new_e2", ["e2"])
    batch_op.add_column(sa.Column("new0", sa.Integer(), server_default=sa.text("0")))
    batch_op.create_index("ix_new_e3", ["e3"])

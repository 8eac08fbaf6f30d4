with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("e0", sa.Interval()),
        sa.Column("c1", sa.Time(), unique=True),
        sa.Column("name2", sa.SmallInteger(), nullable=False),
        sa.Column("name3", postgresql.UUID(), comment="c name3"),
        sa.Column("b4", sa.JSON(), nullable=False, unique=True),
        sa.Column("mood", sa.Enum("a", "b", name="e_21")),
        sa.UniqueConstraint("c1", name="uq_account_c1"),
        sa.CheckConstraint("id > 0", name="ck_account_id"),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.Boolean()), insert_before="c1")
    batch_op.drop_constraint("ck_account_id")

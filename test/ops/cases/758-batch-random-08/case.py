with op.batch_alter_table(
    "account",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "account",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer()),
        sa.Column("id2", sa.Integer()),
        sa.Column("c0", sa.Boolean(), server_default=sa.text("false")),
        sa.Column("a1", sa.LargeBinary()),
        sa.Column("name2", sa.SmallInteger()),
        sa.Column("value3", postgresql.JSONB(), unique=True),
        sa.PrimaryKeyConstraint("id", "id2", name="pk_account"),
        sa.UniqueConstraint("a1", name="uq_account_a1"),
    ),
) as batch_op:
    batch_op.create_check_constraint("ck_new_0", "id >= 0")
    batch_op.drop_column("c0")

with op.batch_alter_table(
    "user_data",
    table_kwargs={"sqlite_autoincrement": True},
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("a0", sa.String(50)),
        sa.Column("a1", sa.Date(), comment="c a1"),
        sa.UniqueConstraint("a1", name="uq_user_data_a1"),
        sa.CheckConstraint("id > 0", name="ck_user_data_id"),
    ),
) as batch_op:
    batch_op.drop_constraint("ck_user_data_id")
    batch_op.drop_column("a1")
    batch_op.add_column(sa.Column("new0", sa.Text()))

with op.batch_alter_table(
    "user_data",
    recreate="always",
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("e0", sa.Interval()),
        sa.Column("Mixed1", sa.DateTime(timezone=True)),
        sa.Column("b2", sa.Date()),
        sa.CheckConstraint("id > 0", name="ck_user_data_id"),
        sa.Index("ix_user_data_e0", "e0"),
    ),
) as batch_op:
    batch_op.alter_column("e0", nullable=True)
    batch_op.drop_index("ix_user_data_e0")
    batch_op.add_column(sa.Column("new0", sa.Numeric(12, 3)), insert_after="Mixed1")

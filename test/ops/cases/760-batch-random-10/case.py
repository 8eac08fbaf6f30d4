with op.batch_alter_table(
    "user_data",
    recreate="always",
    partial_reordering=[("value1", "a0")],
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("a0", sa.Boolean(), index=True),
        sa.Column("value1", sa.DateTime(timezone=True), nullable=False),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("user_data.id")),
        sa.UniqueConstraint("value1", name="uq_user_data_value1"),
        sa.Index("ix_user_data_parent_id_value1", "parent_id", "value1", unique=True),
    ),
) as batch_op:
    batch_op.create_index("ix_new_parent_id", ["parent_id"])
    batch_op.alter_column("a0", server_default=sa.text("now()"))

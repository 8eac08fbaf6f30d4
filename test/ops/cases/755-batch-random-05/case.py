with op.batch_alter_table(
    "user_data",
    schema="s1",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("Mixed0", sa.Integer(), unique=True),
        sa.Column("d1", postgresql.JSONB(), unique=True),
        sa.Column("e2", sa.Text(), index=True),
        sa.Column("value3", sa.String(50), nullable=False, unique=True),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("user_data.id")),
        sa.UniqueConstraint("e2"),
        schema="s1",
    ),
) as batch_op:
    batch_op.drop_column("d1")
    batch_op.alter_column("value3", server_default="1")

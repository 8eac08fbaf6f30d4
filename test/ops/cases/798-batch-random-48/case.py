with op.batch_alter_table(
    "user_data",
    schema="s1",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("Mixed0", sa.Date()),
        sa.Column("c1", sa.String(20), server_default="x"),
        sa.Column("value2", sa.Boolean(), nullable=False, comment="c value2"),
        sa.Column("a3", sa.Date(), unique=True),
        sa.Column("mood", sa.Enum("a", "b", name="e_48")),
        sa.Index("ix_user_data_c1_mood", "c1", "mood"),
        schema="s1",
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.String(30)))
    batch_op.add_column(sa.Column("new1", sa.String(30)), insert_after="mood")
    batch_op.create_check_constraint("ck_new_2", "id >= 0")

with op.batch_alter_table(
    "user_data",
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("e0", sa.Integer(), nullable=False),
        sa.Column("e1", sa.Float()),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("user_data.id")),
        sa.Index("ix_user_data_e1", "e1"),
    ),
) as batch_op:
    batch_op.drop_index("ix_user_data_e1")
    batch_op.create_index("ix_new_e0", ["e0"])
    batch_op.add_column(sa.Column("new0", sa.Integer(), server_default=sa.text("(1 + 1)")))
    batch_op.add_column(sa.Column("new1", sa.Float()))

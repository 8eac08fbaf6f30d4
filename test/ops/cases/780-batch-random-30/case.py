with op.batch_alter_table(
    "user_data",
    recreate="always",
    partial_reordering=[("Mixed2", "d0")],
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("d0", sa.Float(), nullable=False, unique=True, index=True),
        sa.Column("a1", sa.Time(), unique=True),
        sa.Column("Mixed2", postgresql.JSONB(), index=True),
        sa.Column("a3", sa.Numeric(10, 2)),
        sa.CheckConstraint("id > 0", name="ck_user_data_id"),
        sa.Index("ix_user_data_a1_a3", "a1", "a3"),
    ),
) as batch_op:
    batch_op.create_unique_constraint("uq_new_d0", ["d0"])
    batch_op.drop_column("a1")
    batch_op.drop_index("ix_user_data_a1_a3")

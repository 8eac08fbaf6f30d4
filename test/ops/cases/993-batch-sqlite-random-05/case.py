with op.batch_alter_table(
    "user_data",
    copy_from=sa.Table(
        "user_data",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("Mixed0", sa.Integer(), unique=True),
        sa.Column("d1", sa.Numeric(10, 2), unique=True),
        sa.Column("e2", sa.String(20), index=True),
        sa.Column("value3", sa.String(20), nullable=False, comment="c value3"),
        sa.Column("mood", sa.Enum("a", "b", name="e_5")),
        sa.UniqueConstraint("d1", name="uq_user_data_d1"),
        sa.Index("ix_user_data_e2_mixed0", "e2", "Mixed0"),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.String(30)))
    batch_op.add_column(sa.Column("new1", sa.Numeric(12, 3)))

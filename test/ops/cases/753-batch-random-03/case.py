with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value0", sa.SmallInteger()),
        sa.Column("d1", sa.Interval()),
        sa.Column("d2", sa.String(50)),
        sa.Column("mood", sa.Enum("a", "b", name="e_3", native_enum=False, create_constraint=True)),
        sa.UniqueConstraint("value0"),
        sa.CheckConstraint("id > 0", name="ck_account_id"),
        sa.Index("ix_account_mood_d1", "mood", "d1"),
    ),
) as batch_op:
    batch_op.drop_column("d2")
    batch_op.add_column(sa.Column("new0", sa.Text()), insert_before="d1")
    batch_op.alter_column("mood", type_=sa.Boolean())
    batch_op.alter_column("mood", server_default=None)

with op.batch_alter_table(
    "t",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("d0", sa.Numeric(10, 2), nullable=False, comment="c d0"),
        sa.Column("name1", sa.BigInteger(), nullable=False, index=True),
        sa.Column("mood", sa.Enum("a", "b", name="e_42", native_enum=False, create_constraint=True)),
        sa.UniqueConstraint("mood", name="uq_t_mood"),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("new0", sa.Text()))
    batch_op.alter_column("mood", new_column_name="mood_r")

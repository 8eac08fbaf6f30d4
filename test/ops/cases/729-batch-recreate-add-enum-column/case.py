with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("a", sa.Integer()),
        sa.Column("b", sa.Integer()),
        sa.ForeignKeyConstraint(["a", "b"], ["p.x", "p.y"], name="fk_ab"),
        sa.Index("ix_t_ab", "a", "b", postgresql_where=sa.text("a > 0")),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("status", sa.Enum("new", "old", name="status")))
    batch_op.drop_column("b")
    batch_op.alter_column("a", new_column_name="aa", type_=sa.Text())

with op.batch_alter_table(
    "child",
    schema="s1",
    recreate="always",
    copy_from=sa.Table(
        "child",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pid", sa.Integer(), sa.ForeignKey("s1.parent.id", name="fk_child_parent", ondelete="CASCADE")),
        sa.Column("self_id", sa.Integer(), sa.ForeignKey("s1.child.id")),
        schema="s1",
    ),
) as batch_op:
    batch_op.add_column(sa.Column("note", sa.Text()))

with op.batch_alter_table(
    "child",
    schema="s1",
    recreate="always",
    copy_from=sa.Table(
        "child",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pid", sa.Integer(), sa.ForeignKey("s2.parent.id", name="fk_child_parent", ondelete="CASCADE")),
        sa.Column("oid", sa.Integer()),
        sa.Column("self_id", sa.Integer(), sa.ForeignKey("s1.child.id")),
        sa.ForeignKeyConstraint(["oid"], ["other.id"], name="fk_child_other"),
        schema="s1",
    ),
) as batch_op:
    batch_op.drop_constraint("fk_child_other", type_="foreignkey")
    batch_op.create_foreign_key("fk_child_x", "x", ["oid"], ["id"])

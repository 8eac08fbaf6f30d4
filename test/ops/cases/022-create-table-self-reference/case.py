op.create_table(
    "node",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("node.id")),
)

op.create_table(
    "t",
    sa.Column("p", sa.Integer(), sa.ForeignKey("parent.id", deferrable=True, initially="DEFERRED", match="FULL")),
)

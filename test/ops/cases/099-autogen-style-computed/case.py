op.create_table(
    "line",
    sa.Column("a", sa.INTEGER(), autoincrement=False, nullable=True),
    sa.Column("b", sa.INTEGER(), sa.Computed("(a * 2)", persisted=True), autoincrement=False, nullable=True),
)

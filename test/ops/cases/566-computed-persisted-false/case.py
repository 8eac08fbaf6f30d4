op.create_table(
    "line",
    sa.Column("a", sa.Integer()),
    sa.Column("b", sa.Integer(), sa.Computed("a * 2", persisted=False)),
)

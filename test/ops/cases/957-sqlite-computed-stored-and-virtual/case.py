op.create_table(
    "line",
    sa.Column("price", sa.Integer()),
    sa.Column("qty", sa.Integer()),
    sa.Column("total", sa.Integer(), sa.Computed("price * qty", persisted=True)),
    sa.Column("half", sa.Integer(), sa.Computed("price / 2", persisted=False)),
)

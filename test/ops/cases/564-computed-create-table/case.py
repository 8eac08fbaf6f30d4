op.create_table(
    "line",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("price", sa.Numeric(10, 2)),
    sa.Column("qty", sa.Integer()),
    sa.Column("total", sa.Numeric(10, 2), sa.Computed("price * qty")),
)

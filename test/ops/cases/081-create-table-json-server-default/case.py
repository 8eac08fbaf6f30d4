op.create_table(
    "t",
    sa.Column("data", sa.JSON(), server_default=sa.text("'{}'")),
    sa.Column("span", sa.Interval(), server_default="1 day"),
    sa.Column("ratio", sa.Float(), server_default=sa.text("0.5")),
)

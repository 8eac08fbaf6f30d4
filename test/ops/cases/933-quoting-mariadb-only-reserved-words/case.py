op.create_table(
    "offset",
    sa.Column("position", sa.Integer()),
    sa.Column("history", sa.Text()),
    sa.Column("returning", sa.Integer()),
)

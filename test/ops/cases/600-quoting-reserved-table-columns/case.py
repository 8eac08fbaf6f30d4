op.create_table(
    "user",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("order", sa.Integer()),
    sa.Column("select", sa.String(10)),
    sa.Column("from", sa.Date()),
    sa.Column("group", sa.Text()),
    sa.Column("desc", sa.Text()),
    sa.Column("limit", sa.Integer()),
    sa.Column("table", sa.String(5)),
    sa.Column("check", sa.Boolean()),
    sa.Column("default", sa.String(5)),
)

op.create_table(
    "log",
    sa.Column("message", sa.Text()),
    sa.Column("level", sa.SmallInteger()),
)

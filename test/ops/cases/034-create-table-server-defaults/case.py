op.create_table(
    "setting",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(50), server_default="unnamed"),
    sa.Column("count", sa.Integer(), server_default="0"),
    sa.Column("created", sa.DateTime(), server_default=sa.text("now()")),
    sa.Column("updated", sa.DateTime(), server_default=sa.func.now()),
    sa.Column("active", sa.Boolean(), server_default=sa.true()),
)

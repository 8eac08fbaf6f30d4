op.create_table(
    "tmp",
    sa.Column("id", sa.Integer()),
    prefixes=["TEMPORARY"],
    postgresql_on_commit="DROP",
)

op.create_table(
    "legacy",
    sa.Column("id", sa.Integer()),
    postgresql_with_oids=False,
)

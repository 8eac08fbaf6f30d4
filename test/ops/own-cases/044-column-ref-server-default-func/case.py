op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(50)),
    sa.Column("a", sa.Integer(), server_default=sa.func.coalesce(sa.column("b"), 0)),
    sa.Column("label", sa.String(50), server_default=sa.func.lower(sa.Column("name"))),
)
op.add_column("t", sa.Column("upper_name", sa.String(50), server_default=sa.func.upper(sa.column("name"))))

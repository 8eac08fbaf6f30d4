op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("kind", postgresql.ENUM("a", "b", name="t_kind"), index=True, comment="kind of t"),
)

op.create_table(
    "pair",
    sa.Column("a", sa.Integer()),
    sa.Column("b", sa.Integer()),
    sa.UniqueConstraint("a", "b", name="uq_pair", sqlite_on_conflict="ROLLBACK"),
)

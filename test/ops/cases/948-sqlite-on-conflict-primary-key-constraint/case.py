op.create_table(
    "pair",
    sa.Column("a", sa.Integer()),
    sa.Column("b", sa.Integer()),
    sa.PrimaryKeyConstraint("a", "b", sqlite_on_conflict="ABORT"),
)

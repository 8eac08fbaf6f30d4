op.create_table(
    "person",
    sa.Column("first", sa.String(50)),
    sa.Column("last", sa.String(50)),
    sa.Column("full", sa.String(101), sa.Computed(sa.text("first || ' ' || last"))),
)

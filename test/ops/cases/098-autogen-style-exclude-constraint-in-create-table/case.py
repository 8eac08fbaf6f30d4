op.create_table(
    "booking",
    sa.Column("id", sa.INTEGER(), autoincrement=True, nullable=False),
    sa.Column("room", sa.INTEGER(), autoincrement=False, nullable=False),
    sa.Column("during", postgresql.TSTZRANGE(), autoincrement=False, nullable=True),
    postgresql.ExcludeConstraint((sa.column("room"), "="), (sa.column("during"), "&&"), using="gist", name="booking_no_overlap"),
    sa.PrimaryKeyConstraint("id", name="booking_pkey"),
)

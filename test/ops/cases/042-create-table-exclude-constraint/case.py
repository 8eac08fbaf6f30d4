op.create_table(
    "reservation",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("room", sa.Integer(), nullable=False),
    sa.Column("during", postgresql.TSRANGE()),
    postgresql.ExcludeConstraint(("room", "="), ("during", "&&"), using="gist", name="no_overlap"),
)

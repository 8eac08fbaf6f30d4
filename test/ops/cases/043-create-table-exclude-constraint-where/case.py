op.create_table(
    "reservation",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("room", sa.Integer(), nullable=False),
    sa.Column("during", postgresql.TSRANGE()),
    sa.Column("cancelled", sa.Boolean()),
    postgresql.ExcludeConstraint(
        ("room", "="),
        ("during", "&&"),
        using="gist",
        where=sa.text("NOT cancelled"),
        name="no_overlap_active",
        deferrable=True,
    ),
)

op.create_table(
    "challenges",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
)
op.create_table(
    "challenge_details",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("details", sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(["id"], ["challenges.id"]),
    sa.PrimaryKeyConstraint("id"),
)

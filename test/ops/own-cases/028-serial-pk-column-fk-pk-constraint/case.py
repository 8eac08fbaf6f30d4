op.create_table(
    "challenge_details",
    sa.Column("id", sa.Integer(), sa.ForeignKey("challenges.id"), nullable=False),
    sa.Column("details", sa.Text()),
    sa.PrimaryKeyConstraint("id", name="pk_challenge_details"),
)

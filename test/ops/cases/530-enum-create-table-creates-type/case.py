op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("mood", sa.Enum("happy", "sad", "meh", name="mood"), nullable=False),
)

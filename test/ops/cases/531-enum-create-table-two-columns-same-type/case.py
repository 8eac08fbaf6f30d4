mood = sa.Enum("happy", "sad", name="mood")
op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("mood_now", mood),
    sa.Column("mood_before", mood),
)

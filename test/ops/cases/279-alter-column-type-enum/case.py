op.alter_column(
    "account",
    "mood",
    type_=sa.Enum("happy", "sad", "meh", name="mood2"),
    existing_type=sa.String(10),
    postgresql_using="mood::mood2",
)

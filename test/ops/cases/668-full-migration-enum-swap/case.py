op.execute("ALTER TYPE mood RENAME TO mood_old")
postgresql.ENUM("happy", "sad", "meh", name="mood").create(op.get_bind())
op.alter_column(
    "account",
    "mood",
    type_=postgresql.ENUM("happy", "sad", "meh", name="mood", create_type=False),
    existing_type=postgresql.ENUM("happy", "sad", name="mood_old", create_type=False),
    postgresql_using="mood::text::mood",
)
postgresql.ENUM(name="mood_old").drop(op.get_bind())

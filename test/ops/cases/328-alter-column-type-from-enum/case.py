op.alter_column(
    "t",
    "mood",
    type_=sa.String(20),
    existing_type=sa.Enum("a", "b", name="mood"),
    postgresql_using="mood::text",
)

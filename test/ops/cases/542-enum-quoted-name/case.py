op.create_table(
    "t",
    sa.Column("v", sa.Enum("a", "b", name="Mood Type")),
)

op.create_exclude_constraint(
    "no_overlap",
    "reservation",
    ("room", "="),
    ("during", "&&"),
    where=sa.text("NOT cancelled"),
    deferrable=True,
    initially="DEFERRED",
)

op.create_exclude_constraint(
    "no_overlap",
    "reservation",
    ("room", "="),
    ("during", "&&"),
    using="gist",
)

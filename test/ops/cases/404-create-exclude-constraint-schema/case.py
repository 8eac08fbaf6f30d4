op.create_exclude_constraint(
    "no_overlap",
    "reservation",
    ("during", "&&"),
    using="gist",
    schema="booking",
)

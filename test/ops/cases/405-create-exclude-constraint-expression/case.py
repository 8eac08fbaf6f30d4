op.create_exclude_constraint(
    "no_overlap",
    "reservation",
    (sa.text("tsrange(starts, ends)"), "&&"),
    using="gist",
)

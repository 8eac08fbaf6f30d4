op.create_exclude_constraint(
    "no_dupe",
    "doc",
    ("title", "="),
    using="gist",
    ops={"title": "gist_trgm_ops"},
)

op.create_exclude_constraint(
    "EX Slot",
    "Slot",
    ("Room", "="),
    ("During", "&&"),
    where=sa.text('"Active"'),
    using="gist",
    schema="Hotel",
    ops={"Room": "gist_int4_ops"},
)

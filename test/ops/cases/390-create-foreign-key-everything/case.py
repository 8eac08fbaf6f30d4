op.create_foreign_key(
    "fk_everything",
    "child",
    "parent",
    ["p_id", "p_v"],
    ["id", "v"],
    onupdate="CASCADE",
    ondelete="NO ACTION",
    deferrable=False,
    initially="IMMEDIATE",
    match="SIMPLE",
    source_schema="s1",
    referent_schema="s2",
)

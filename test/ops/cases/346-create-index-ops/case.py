op.create_index(
    "ix_doc_title_trgm",
    "doc",
    ["title"],
    postgresql_using="gin",
    postgresql_ops={"title": "gin_trgm_ops"},
)

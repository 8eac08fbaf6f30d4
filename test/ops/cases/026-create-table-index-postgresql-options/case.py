op.create_table(
    "doc",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("body", postgresql.JSONB()),
    sa.Column("deleted", sa.Boolean()),
    sa.Index("ix_doc_body", "body", postgresql_using="gin"),
    sa.Index("ix_doc_live", "id", postgresql_where=sa.text("NOT deleted")),
)

op.create_index("ix_doc_kind", "doc", [sa.text("(body ->> 'kind')")])

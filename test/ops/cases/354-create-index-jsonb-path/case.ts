await op.createIndex("ix_doc_kind", "doc", [sa.text("(body ->> 'kind')")]);

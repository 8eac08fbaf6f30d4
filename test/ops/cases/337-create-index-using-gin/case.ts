await op.createIndex("ix_doc_body", "doc", ["body"], { postgresqlUsing: "gin" });

op.create_index("ix_doc_body", "doc", ["body"], postgresql_using="gin")

with op.batch_alter_table("doc", recreate="always") as batch_op:
    batch_op.alter_column("body", type_=sa.String(200), nullable=False)
    batch_op.drop_constraint("uq_doc_body_owner", type_="unique")

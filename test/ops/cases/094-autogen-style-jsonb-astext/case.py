op.add_column("doc", sa.Column("body", postgresql.JSONB(astext_type=sa.Text()), nullable=True))

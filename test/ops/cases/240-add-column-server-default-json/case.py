op.add_column("account", sa.Column("prefs", postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False))

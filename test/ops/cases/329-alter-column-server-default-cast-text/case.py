op.alter_column("t", "prefs", server_default=sa.text("'{}'::jsonb"), existing_type=postgresql.JSONB())

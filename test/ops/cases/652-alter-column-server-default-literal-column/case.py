op.alter_column("t", "c", server_default=sa.literal_column("CURRENT_DATE"))

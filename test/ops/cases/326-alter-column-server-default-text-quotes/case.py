op.alter_column("t", "s", server_default=sa.text("'a''b'"), existing_type=sa.String())

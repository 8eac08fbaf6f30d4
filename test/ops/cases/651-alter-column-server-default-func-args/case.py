op.alter_column("t", "c", server_default=sa.func.to_char(sa.func.now(), "YYYY"))

op.alter_column("line", "total", server_default=sa.Computed("price * qty"))

op.add_column("t", sa.Column("x", sa.String(20), server_default=sa.func.concat("a", "b'c")))

op.add_column("t", sa.Column("c", sa.String(20), server_default="C:\\path"))

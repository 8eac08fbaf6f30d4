op.add_column("account", sa.Column("balance", sa.Numeric(12, 2), server_default="0.00"))

op.add_column("t", sa.Column("active", sa.Boolean(), server_default=sa.text("0"), nullable=False))

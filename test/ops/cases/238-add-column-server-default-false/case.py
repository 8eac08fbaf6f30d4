op.add_column("account", sa.Column("is_admin", sa.Boolean(), server_default=sa.false(), nullable=False))

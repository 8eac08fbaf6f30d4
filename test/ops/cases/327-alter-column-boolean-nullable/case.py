op.alter_column("t", "flag", existing_type=sa.Boolean(), nullable=False, existing_server_default=sa.text("false"))

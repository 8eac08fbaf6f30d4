op.alter_column("user", "order", type_=sa.BigInteger(), existing_type=sa.Integer(), nullable=False, server_default="0")

op.alter_column("account", "id", type_=sa.BigInteger(), existing_type=sa.Integer(), existing_nullable=False)

op.alter_column("account", "id", type_=sa.BigInteger(), existing_nullable=False, existing_autoincrement=True)

op.alter_column("account", "score", type_=sa.BigInteger(), existing_server_default=sa.text("0"))

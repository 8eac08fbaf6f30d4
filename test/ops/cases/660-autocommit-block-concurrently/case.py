with op.get_context().autocommit_block():
    op.create_index("ix_account_name", "account", ["name"], postgresql_concurrently=True)

op.drop_index("ix_account_email", table_name="account", schema="billing", postgresql_concurrently=True, if_exists=True)

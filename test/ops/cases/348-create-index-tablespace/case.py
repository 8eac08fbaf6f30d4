op.create_index("ix_account_name", "account", ["name"], postgresql_tablespace="fast_disk")

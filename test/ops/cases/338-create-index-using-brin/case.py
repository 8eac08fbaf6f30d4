op.create_index("ix_log_ts", "log", ["ts"], postgresql_using="brin")

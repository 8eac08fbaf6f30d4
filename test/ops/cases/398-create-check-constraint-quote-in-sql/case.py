op.create_check_constraint("ck_status", "account", "status IN ('new', 'open')")

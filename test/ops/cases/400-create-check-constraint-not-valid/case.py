op.create_check_constraint("ck_x", "t", "x > 0", postgresql_not_valid=True)

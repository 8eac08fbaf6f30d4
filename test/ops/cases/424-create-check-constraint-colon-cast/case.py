op.create_check_constraint("ck_d", "t", "d::date > '2020-01-01'")

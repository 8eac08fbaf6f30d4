op.create_check_constraint("ck_name", "t", "name LIKE 'a%'")

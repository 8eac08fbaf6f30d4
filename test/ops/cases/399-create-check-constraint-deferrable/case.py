op.create_check_constraint("ck_x", "t", "x > 0", deferrable=True, initially="DEFERRED")

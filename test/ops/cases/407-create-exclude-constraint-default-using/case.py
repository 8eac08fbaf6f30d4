op.create_exclude_constraint("ex_a", "t", ("a", "="))

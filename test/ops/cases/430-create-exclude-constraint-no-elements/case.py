op.create_exclude_constraint("ex_t", "t", using="gist")

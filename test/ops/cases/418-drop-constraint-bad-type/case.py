op.drop_constraint("x", "t", type_="bogus")

op.drop_constraint("no_overlap", "reservation", type_="exclude")

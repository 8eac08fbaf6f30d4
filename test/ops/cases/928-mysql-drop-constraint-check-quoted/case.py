op.drop_constraint("Check Age", "Order", type_="check")

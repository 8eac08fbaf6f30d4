op.drop_constraint("CK Positive", "Order Line", type_="check", schema="Sales")

op.create_check_constraint("CK Positive", "Order Line", '"Qty" > 0', schema="Sales")

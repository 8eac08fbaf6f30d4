sa.Sequence("Order Seq", schema="Sales").create(op.get_bind())

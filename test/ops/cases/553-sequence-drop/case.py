sa.Sequence("order_number_seq").drop(op.get_bind())

sa.Sequence("order_number_seq").create(op.get_bind())

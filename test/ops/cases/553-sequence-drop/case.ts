await sa.Sequence("order_number_seq").drop(op.getBind());

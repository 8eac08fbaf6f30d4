await sa.Sequence("order_number_seq").create(op.getBind());

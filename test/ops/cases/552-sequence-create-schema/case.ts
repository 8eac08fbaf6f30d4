await sa.Sequence("order_number_seq", { schema: "sales" }).create(op.getBind());

await sa.Sequence("Order Seq", { schema: "Sales" }).create(op.getBind());

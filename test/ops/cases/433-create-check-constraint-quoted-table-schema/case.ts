await op.createCheckConstraint("CK Positive", "Order Line", "\"Qty\" > 0", { schema: "Sales" });

await op.dropConstraint("CK Positive", "Order Line", { type_: "check", schema: "Sales" });

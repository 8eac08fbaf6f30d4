await op.dropConstraint("Check Age", "Order", { type_: "check" });

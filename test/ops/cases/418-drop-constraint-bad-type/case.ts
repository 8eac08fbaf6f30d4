await op.dropConstraint("x", "t", { type_: "bogus" });

await op.dropConstraint("no_overlap", "reservation", { type_: "exclude" });

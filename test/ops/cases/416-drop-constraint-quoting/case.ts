await op.dropConstraint("FK Order User", "order", { type_: "foreignkey", schema: "Sales" });

await op.dropConstraint("fk_address_user", "address", { type_: "foreignkey" });

await op.dropConstraint("pk_account", "account", { type_: "primary" });

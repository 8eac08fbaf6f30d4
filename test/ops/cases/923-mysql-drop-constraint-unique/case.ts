await op.dropConstraint("uq_account_email", "account", { type_: "unique" });

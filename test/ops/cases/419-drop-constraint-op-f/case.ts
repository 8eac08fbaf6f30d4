await op.dropConstraint(op.f("uq_account_email"), "account", { type_: "unique" });

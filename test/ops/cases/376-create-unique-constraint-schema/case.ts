await op.createUniqueConstraint("uq_account_email", "account", ["email"], { schema: "billing" });

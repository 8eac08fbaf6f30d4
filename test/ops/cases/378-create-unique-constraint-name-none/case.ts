await op.createUniqueConstraint(null, "account", ["email"]);
